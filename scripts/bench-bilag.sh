#!/usr/bin/env bash
# Issue 10 "Performance", whole processes in one run (each: wall time, CPU time = user + system, peak RSS):
#  1. the example round: `summary` against `bilag --output x.pdf` (goal: bilag <= summary + 2 s), alternating;
#  2. the generated 1.000-transfer round (bench/GeneratedCase, seed 42, the round BilagBench renders):
#     the tagged PDF bilag against LibreOffice converting the program's own DOCX of the same round
#     (goal: <= 2 x), and the PDF bilag's peak RSS (goal: < 1 GB).
# The machine's load average is printed with the figures: on a shared machine compare within one run.
# Needs: mvn -B package -DskipTests (target/overfoersel.jar and the test classes), soffice (LibreOffice).
# Usage: scripts/bench-bilag.sh [TRANSFERS] [RUNS]     JAVA_OPTS="-Xmx…" to try JVM options
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-3}
JAR=target/overfoersel.jar
[[ -f $JAR && -d target/test-classes ]] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
command -v soffice > /dev/null || { echo "LibreOffice is needed: apt-get install -y libreoffice-writer-nogui" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
read -r -a OPTS <<< "${JAVA_OPTS:-}"
load() { cut -d' ' -f1-3 /proc/loadavg; }
measure() { # measure LABEL COMMAND...: one whole process
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" \
        || { echo "$label failed:" >&2; cat "$WORK/err" >&2; exit 1; }
    read -r wall user sys kb < "$WORK/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    printf '  %-44s wall %7s s   cpu %7s s   peak %5d MB   load %s\n' "$label" "$(tr . , <<< "$wall")" \
        "$(tr . , <<< "$cpu")" $((kb / 1024)) "$(load)"
    LAST_WALL=$wall LAST_CPU=$cpu LAST_MB=$((kb / 1024))
}
APP=(java "${OPTS[@]}" -jar "$JAR")
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "$(nproc) cores, load average $(load), java ${JAVA_OPTS:-(default options)}, $(soffice --version | head -1)"

echo "Example round ($RUNS runs each, alternating):"
DB=$WORK/example
"${APP[@]}" --db "$DB" example > /dev/null
"${APP[@]}" --db "$DB" bilag --output "$WORK/x.docx" > /dev/null 2>&1
for i in $(seq "$RUNS"); do
    measure "summary" "${APP[@]}" --db "$DB" summary; echo "$LAST_WALL $LAST_CPU" >> "$WORK/summary"
    measure "bilag --output x.pdf" "${APP[@]}" --db "$DB" bilag --output "$WORK/x.pdf"; echo "$LAST_WALL $LAST_CPU" >> "$WORK/bilag"
done
sw=$(cut -d' ' -f1 "$WORK/summary" | median); bw=$(cut -d' ' -f1 "$WORK/bilag" | median)
sc=$(cut -d' ' -f2 "$WORK/summary" | median); bc=$(cut -d' ' -f2 "$WORK/bilag" | median)
awk -v sw="$sw" -v bw="$bw" -v sc="$sc" -v bc="$bc" 'BEGIN { printf "  medians: bilag - summary = %.1f s wall, %.1f s cpu (goal <= 2 s)\n", bw - sw, bc - sc }' | tr . ,

echo "Generated round of $N transfers:"
java -cp "target/test-classes:target/classes:$JAR" dk.overfoersel.bench.GeneratedCase "$WORK/gen.json" "$N" > /dev/null
DB=$WORK/generated
"${APP[@]}" --db "$DB" import "$WORK/gen.json" > /dev/null
measure "bilag --output gen.docx" "${APP[@]}" --db "$DB" bilag --output "$WORK/gen.docx"
LO="-env:UserInstallation=file://$WORK/lo"
soffice "$LO" --headless --convert-to pdf --outdir "$WORK/warm" "$WORK/x.docx" > /dev/null 2>&1 || true # LibreOffice's first start makes its profile
measure "LibreOffice: gen.docx -> PDF" soffice "$LO" --headless --convert-to pdf --outdir "$WORK/lo-out" "$WORK/gen.docx"
lo_wall=$LAST_WALL lo_cpu=$LAST_CPU
measure "bilag --output gen.pdf (tagged PDF/UA + PDF/A)" "${APP[@]}" --db "$DB" bilag --output "$WORK/gen.pdf"
pages() { pdfinfo "$1" 2> /dev/null | awk '/^Pages:/ { print $2 }'; }
echo "  pages: tagged PDF $(pages "$WORK/gen.pdf"), LibreOffice's PDF $(pages "$WORK/lo-out/gen.pdf")"
awk -v w="$LAST_WALL" -v c="$LAST_CPU" -v lw="$lo_wall" -v lc="$lo_cpu" -v mb="$LAST_MB" 'BEGIN {
    printf "  tagged PDF / LibreOffice = %.2f x wall, %.2f x cpu (goal <= 2 x); peak %d MB (goal < 1 GB)\n", w / lw, c / lc, mb }' | tr . ,
echo "load average at the end $(load)"
