#!/usr/bin/env bash
# Scale figures (issue 12): a generated round of N transfers (default 10.000; texts 1-2 KB each, 0-5
# commitments; src/test/java/dk/overfoersel/bench/ScaleRound.java) imported, summed and exported to
# Excel by the app image's command line, as whole processes: wall time, CPU time (user + system, less
# disturbed by other load than wall time) and peak memory (max RSS); and the window opening that round
# (under Xvfb when it is installed: launch until the title and figures show, until the table shows, and
# the window's peak memory).
# Needs: mvn -B -Pinstaller -Dinstaller.type=app-image package (and the test classes: mvn -B test-compile).
# Usage: installer/bench-scale.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
CLI=target/installer/Overfoersel/bin/overfoersel-cli
[[ -x $CLI && -d target/test-classes ]] || { echo "build first: mvn -B -Pinstaller -Dinstaller.type=app-image package && mvn -B test-compile" >&2; exit 2; }
WORK=$(mktemp -d)
XVFB_PID=
trap '[[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2> /dev/null; rm -rf "$WORK"' EXIT
# the training and measured runs keep their window settings and log in a temporary data directory,
# never in the developer's own (~/.local/share/overfoersel/vindue.properties); Linux honours XDG_DATA_HOME
export XDG_DATA_HOME=$WORK/data
java -cp "target/test-classes:target/classes:target/installer/Overfoersel/lib/app/*" dk.overfoersel.bench.ScaleRound "$WORK/scale.json" "$N"
echo "$(du -h "$WORK/scale.json" | cut -f1) of JSON; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # run LABEL ARGS...: one whole process: wall seconds, CPU seconds, peak RSS in MB
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$CLI" --db "$WORK/db" "$@" > "$WORK/out" 2> "$WORK/err" \
        || { echo "$label failed:" >&2; cat "$WORK/err" >&2; exit 1; }
    read -r secs user sys kb < "$WORK/time"
    printf '  %-28s wall %7s s   cpu %7s s   peak %5d MB\n' "$label" "$(tr . , <<< "$secs")" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }' | tr . ,)" $((kb / 1024))
}
run "import ($N transfers)" import "$WORK/scale.json"
run "summary" summary
window() { # the window on the imported round: milliseconds to the two marker lines, and its peak RSS
    local start first= table=
    start=$(date +%s%3N)
    while IFS= read -r line; do
        [[ -z $first && $line == overfoersel-startup:* ]] && first=$(date +%s%3N)
        [[ -z $table && $line == overfoersel-table:* ]] && table=$(date +%s%3N)
    done < <(OVERFOERSEL_STARTUP_MARKER=exit timeout 300 /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" \
        target/installer/Overfoersel/bin/Overfoersel --db "$WORK/db" 2> /dev/null)
    [[ -n $first && -n $table ]] || { echo "  window: no marker line (see installer/bench-start.sh)" >&2; return; }
    read -r secs user sys kb < "$WORK/time"
    printf '  %-28s title and figures %6d ms, table %6d ms, cpu %s s, peak %5d MB\n' "window ($N transfers)" \
        $((first - start)) $((table - start)) "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }' | tr . ,)" $((kb / 1024))
}
if command -v Xvfb > /dev/null; then
    export DISPLAY=:${BENCH_DISPLAY:-17} LC_ALL=C.UTF-8
    Xvfb "$DISPLAY" -screen 0 1440x920x24 -nolisten tcp > /dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
    window
    window
else
    echo "  window: Xvfb is missing (apt-get install -y xvfb)"
fi
run "summary (again)" summary
run "import --replace (same file)" import --replace "$WORK/scale.json"
run "export --format xlsx" export --format xlsx "$WORK/scale.xlsx"
run "export json" export "$WORK/again.json"
echo "  xlsx $(du -h "$WORK/scale.xlsx" | cut -f1); json export equals the generated file: $(cmp -s "$WORK/scale.json" "$WORK/again.json" && echo yes || echo NO)"
# typing an amount with the round open: keystroke -> the ceiling bar's figures (view models, printed)
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx768m -cp "target/test-classes:target/classes:target/installer/Overfoersel/lib/app/*" \
    dk.overfoersel.bench.BarUpdateBench "$N" 2>/dev/null | grep -v -i 'warn'
