#!/usr/bin/env bash
# Start-up benchmark (issue 12), all in one run so the ratios compare like with like on a busy machine:
#   window: launch -> the main window has laid out the example round's title and figures (the program
#           prints a marker line when OVERFOERSEL_STARTUP_MARKER is set), against a bare JavaFX window
#           (installer/bench/HelloFx.java) started the same way: by the app image's runtime, and by `java`;
#           also launch -> the table with the round's transfers laid out (the second marker line; the
#           tabs are built after the first frame, decision 0510) and the program's own timeline of the
#           median run (milliseconds since main of: database open, JavaFX started, window shown, ...);
#   first start: the app image's window with an empty HOME (no font or JavaFX cache) against a later start;
#   command line: `summary` of the example round and `--help`, by the app image's launcher and `java -jar`.
# REPS repetitions each (default 5); prints medians and ratios. Needs Xvfb (apt-get install -y xvfb libgtk-3-0)
# and a built app image and jar: mvn -B -Pinstaller -Dinstaller.type=app-image package.
# Usage: installer/bench-start.sh [REPS]    (display :17 unless BENCH_DISPLAY is set)
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${1:-5}
IMAGE=target/installer/Overfoersel
JAR=target/overfoersel.jar
[[ -x $IMAGE/bin/Overfoersel && -f $JAR ]] || { echo "build first: mvn -B -Pinstaller -Dinstaller.type=app-image package" >&2; exit 2; }
command -v Xvfb > /dev/null || { echo "Xvfb is missing: apt-get install -y xvfb" >&2; exit 2; }
WORK=$(mktemp -d)
XVFB_PID=
cleanup() { [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2> /dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
# the training and measured runs keep their window settings and log in a temporary data directory,
# never in the developer's own (~/.local/share/overfoersel/vindue.properties); Linux honours XDG_DATA_HOME
export XDG_DATA_HOME=$WORK/data

export DISPLAY=:${BENCH_DISPLAY:-17}
Xvfb "$DISPLAY" -screen 0 1440x920x24 -nolisten tcp > /dev/null 2>&1 &
XVFB_PID=$!
sleep 1
export LC_ALL=C.UTF-8

# the bare window, compiled against the same JavaFX jars the app image carries
FX_CP=$(ls "$IMAGE"/lib/app/javafx-*.jar | paste -sd: -)
javac -d "$WORK/hello" -cp "$FX_CP" installer/bench/HelloFx.java
DB=$WORK/db/overfoersel
"$IMAGE/bin/Overfoersel" --db "$DB" example > /dev/null

now_ms() { date +%s%3N; }
# milliseconds from launch until the marker line; the measured program exits by itself after it
# (the time to the table and the timeline go to $WORK/table and $WORK/timeline)
window_ms() {
    local start end= table= timeline=
    start=$(now_ms)
    while IFS= read -r line; do
        if [[ -z $end && $line == overfoersel-startup:* ]]; then end=$(now_ms); fi
        if [[ -z $table && $line == overfoersel-table:* ]]; then table=$(now_ms); fi
        if [[ $line == overfoersel-timeline:* ]]; then timeline=${line#overfoersel-timeline: }; fi
    done < <(OVERFOERSEL_STARTUP_MARKER=exit timeout 120 "$@" 2> /dev/null)
    [[ -n $end ]] || { echo "no marker from: $*" >&2; echo 999999; return; }
    echo $((end - start))
    [[ -n $table ]] && echo $((table - start)) >> "$WORK/table" || true
    echo "$((end - start)) $timeline" >> "$WORK/timeline"
}
command_ms() {
    local start
    start=$(now_ms)
    "$@" > /dev/null 2>&1
    echo $(($(now_ms) - start))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
declare -A RESULT
measure() { # measure NAME KIND COMMAND...: REPS runs, interleaving is left to the caller's order
    local name=$1 kind=$2 runs=()
    shift 2
    rm -f "$WORK/table" "$WORK/timeline"
    for ((i = 0; i < REPS; i++)); do runs+=("$("${kind}_ms" "$@")"); done
    RESULT[$name]=$(median "${runs[@]}")
    printf '  %-34s median %6d ms   (%s)\n' "$name" "${RESULT[$name]}" "${runs[*]}"
    if [[ -s $WORK/table ]]; then
        local tables
        mapfile -t tables < "$WORK/table"
        printf '  %-34s median %6d ms   (%s)\n' "  ... table shown" "$(median "${tables[@]}")" "${tables[*]}"
    fi
    if [[ -s $WORK/timeline ]] && grep -q 'main 0' "$WORK/timeline"; then
        printf '  %-34s %s\n' "  ... timeline of the median run" "$(grep "^${RESULT[$name]} " "$WORK/timeline" | head -1 | cut -d' ' -f2-)"
    fi
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' | tr . ,; }

echo "Start-up, $REPS runs each, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "hello (image runtime)" window "$IMAGE/lib/runtime/bin/java" -cp "$WORK/hello:$FX_CP" HelloFx
measure "window (app image)" window "$IMAGE/bin/Overfoersel" --db "$DB"
measure "hello (java)" window java -cp "$WORK/hello:$FX_CP" HelloFx
measure "window (java -jar)" window java -jar "$JAR" --db "$DB"
measure "summary (app image)" command "$IMAGE/bin/overfoersel-cli" --db "$DB" summary
measure "--help (app image)" command "$IMAGE/bin/overfoersel-cli" --help
measure "summary (java -jar)" command java -jar "$JAR" --db "$DB" summary
measure "--help (java -jar)" command java -jar "$JAR" --help
# first start: an empty HOME has no fontconfig cache and no extracted JavaFX natives
first=()
later=()
for ((i = 0; i < REPS; i++)); do
    home=$WORK/home$i
    mkdir -p "$home"
    first+=("$(HOME=$home XDG_CACHE_HOME=$home/.cache window_ms "$IMAGE/bin/Overfoersel" --db "$DB")")
    later+=("$(HOME=$home XDG_CACHE_HOME=$home/.cache window_ms "$IMAGE/bin/Overfoersel" --db "$DB")")
done
RESULT[first]=$(median "${first[@]}")
RESULT[later]=$(median "${later[@]}")
printf '  %-34s median %6d ms   (%s)\n' "first start, empty HOME (app image)" "${RESULT[first]}" "${first[*]}"
printf '  %-34s median %6d ms   (%s)\n' "next start, same HOME (app image)" "${RESULT[later]}" "${later[*]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Ratios (goal):"
echo "  window, app image / hello:        $(ratio "${RESULT[window (app image)]}" "${RESULT[hello (image runtime)]}")   (<= 1,3)"
echo "  window, java -jar / hello (java): $(ratio "${RESULT[window (java -jar)]}" "${RESULT[hello (java)]}")   (<= 3)"
echo "  summary / --help, app image:      $(ratio "${RESULT[summary (app image)]}" "${RESULT[--help (app image)]}")   (<= 3; summary <= 800 ms)"
echo "  summary / --help, java -jar:      $(ratio "${RESULT[summary (java -jar)]}" "${RESULT[--help (java -jar)]}")"
echo "  first start / next start:         $(ratio "${RESULT[first]}" "${RESULT[later]}")   (<= 2)"
