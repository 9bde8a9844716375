#!/usr/bin/env bash
# Checks a built app image (default target/installer/Overfoersel): its launchers start, `--version`
# says `overfoersel <pom version>`, and `example` + `summary` work on a temporary database with the
# example round's figures. Run by .ci/run after `mvn -B -Pinstaller package`. Exit code 0 = all good.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${1:-target/installer/Overfoersel}
POM_VERSION=$(sed -n '/<artifactId>overfoersel<\/artifactId>/{n;s#.*<version>\(.*\)</version>.*#\1#p;q}' pom.xml)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

for launcher in "$IMAGE/bin/Overfoersel" "$IMAGE/bin/overfoersel-cli"; do
    [[ -x $launcher ]] || fail "no launcher $launcher"
    version=$("$launcher" --version)
    [[ $version == "overfoersel $POM_VERSION" ]] || fail "$launcher --version said '$version', expected 'overfoersel $POM_VERSION'"
done
[[ -s $IMAGE/lib/app/overfoersel.jsa ]] || fail "no class-data-sharing archive in $IMAGE/lib/app"
"$IMAGE/bin/Overfoersel" --db "$TMP/db" example > "$TMP/example.out" || fail "example: $(cat "$TMP/example.out")"
"$IMAGE/bin/Overfoersel" --db "$TMP/db" summary > "$TMP/summary.out" || fail "summary exit code $?"
grep -q 'Loft (kan overføres i alt) *49,1 mio. kr. *49.139.000,00 kr.' "$TMP/summary.out" || fail "summary: $(cat "$TMP/summary.out")"
grep -q 'Anmodet i alt *36,7 mio. kr.' "$TMP/summary.out" || fail "summary: $(cat "$TMP/summary.out")"
# the archive is used (not silently refused): the JVM says where each class came from
"$IMAGE/lib/runtime/bin/java" -version > /dev/null 2>&1 || fail "the runtime does not start"
share=$(sed -i.bak 's/^java-options=-Xshare:auto$/java-options=-Xshare:on/' "$IMAGE/lib/app/overfoersel-cli.cfg" \
    && "$IMAGE/bin/overfoersel-cli" --help > /dev/null 2>&1; echo $?)
mv "$IMAGE/lib/app/overfoersel-cli.cfg.bak" "$IMAGE/lib/app/overfoersel-cli.cfg"
[[ $share == 0 ]] || fail "the class-data-sharing archive is refused (-Xshare:on)"
echo "smoke test passed: $IMAGE ($POM_VERSION): --version, example, summary, class-data sharing"
