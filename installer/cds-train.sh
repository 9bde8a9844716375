#!/usr/bin/env bash
# Class-data sharing for the app image (decision 0504): records which classes the program loads in
# training runs (the commands, and the window showing the example round when a display or Xvfb is at
# hand), then dumps one static archive lib/app/overfoersel.jsa that both launchers map at start.
# JDK 17 cannot make an archive on the fly (-XX:+AutoCreateSharedArchive is JDK 19+), hence at build time.
# Argument: the app image directory (target/installer/Overfoersel).
set -euo pipefail

IMAGE=$(cd "${1:?app image directory}" && pwd)
NAME=$(basename "$IMAGE" .app)                 # macOS: Overfoersel.app holds Contents/MacOS/Overfoersel
if [[ -d $IMAGE/lib/app ]]; then APPDIR=$IMAGE/lib/app; BIN=$IMAGE/bin/$NAME; CLI=$IMAGE/bin/overfoersel-cli
elif [[ -d $IMAGE/app ]]; then APPDIR=$IMAGE/app; BIN=$IMAGE/$NAME.exe; CLI=$IMAGE/overfoersel-cli.exe          # Windows
else APPDIR=$IMAGE/Contents/app; BIN=$IMAGE/Contents/MacOS/$NAME; CLI=$IMAGE/Contents/MacOS/overfoersel-cli; fi # macOS
WORK=$(mktemp -d)
trap 'restore; rm -rf "$WORK"' EXIT
say() { printf '[cds] %s\n' "$*"; }

CFGS=("$APPDIR/$NAME.cfg" "$APPDIR/overfoersel-cli.cfg")
for cfg in "${CFGS[@]}"; do cp "$cfg" "$WORK/$(basename "$cfg").orig"; done
restore() { for cfg in "${CFGS[@]}"; do [[ -f $WORK/$(basename "$cfg").orig ]] && cp "$WORK/$(basename "$cfg").orig" "$cfg"; done; return 0; }

# replaces the archive options of both launchers by OPTIONS (one java-options line each)
use_options() {
    for cfg in "${CFGS[@]}"; do
        grep -v -e 'SharedArchiveFile' -e 'Xshare' "$WORK/$(basename "$cfg").orig" \
            | awk -v opts="$1" '{ print } /^\[JavaOptions\]/ { n = split(opts, o, " "); for (i = 1; i <= n; i++) print "java-options=" o[i] }' \
            > "$cfg"
    done
}

run=0
train() { # train COMMAND ARGS... : one run that appends to the class list
    run=$((run + 1))
    use_options "-XX:DumpLoadedClassList=$WORK/run$run.lst"
    "$@" > "$WORK/run$run.out" 2>&1 || say "training run $run ($*) ended with $? (see below)"
}

export OVERFOERSEL_DB=$WORK/db/overfoersel
# the training and measured runs keep their window settings and log in a temporary data directory,
# never in the developer's own (~/.local/share/overfoersel/vindue.properties); Linux honours XDG_DATA_HOME
export XDG_DATA_HOME=$WORK/data
train "$CLI" --help
train "$CLI" --version
train "$CLI" example
train "$CLI" summary
train "$CLI" summary --json
train "$CLI" rounds
train "$CLI" export "$WORK/round.overfoersel.json"
train "$CLI" import --replace "$WORK/round.overfoersel.json"

# the window: needs a display; Xvfb on a display of its own if there is none
XVFB_PID=
if [[ -z ${DISPLAY:-} ]] && command -v Xvfb >/dev/null; then
    export DISPLAY=:${CDS_DISPLAY:-97}
    Xvfb "$DISPLAY" -screen 0 1440x920x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
fi
if [[ -n ${DISPLAY:-} ]]; then
    export OVERFOERSEL_STARTUP_MARKER=exit
    train timeout 180 "$BIN"
    unset OVERFOERSEL_STARTUP_MARKER
    grep -q 'overfoersel-startup:' "$WORK/run$run.out" || { say "the window's training run did not show the round:"; cat "$WORK/run$run.out"; }
else
    say "no display and no Xvfb: the archive covers the command line only (apt-get install -y xvfb for the window too)"
fi
[[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null

# one list in first-seen order, then the static dump through the launcher (same class path as at run time)
cat "$WORK"/run*.lst | awk '!seen[$0]++' > "$WORK/classes.lst"
say "$(wc -l < "$WORK/classes.lst") classes; dumping $APPDIR/overfoersel.jsa"
use_options "-Xshare:dump -XX:SharedClassListFile=$WORK/classes.lst -XX:SharedArchiveFile=$APPDIR/overfoersel.jsa"
"$CLI" --version > "$WORK/dump.out" 2>&1 || true
restore
if [[ ! -s $APPDIR/overfoersel.jsa ]]; then
    cat "$WORK/dump.out"
    exit 1
fi
# kept for installers that make the archive on the target machine (the .deb's postinst)
cp "$WORK/classes.lst" "$APPDIR/overfoersel-classes.lst"
say "archive: $(du -h "$APPDIR/overfoersel.jsa" | cut -f1)"
