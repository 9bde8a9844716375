#!/usr/bin/env bash
# Installs the built Debian package the way a user does (apt-get install ./…deb), on a system where no
# desktop made the menu folders, checks the installed program, then removes it and checks that the
# installation is gone and the user's data is not. Needs root and apt-get (run by .ci/run when it has
# them; never on a developer's machine unless asked: it installs into /opt and removes it again).
# Usage: installer/deb-test.sh [target/installer/overfoersel_<version>_amd64.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=${1:-$(ls target/installer/overfoersel_*_amd64.deb 2> /dev/null | head -1)}
[[ -n $DEB && -f $DEB ]] || { echo "no .deb: mvn -B -Pinstaller -DskipTests package" >&2; exit 2; }
[[ $(id -u) == 0 ]] && command -v apt-get > /dev/null || { echo "deb-test needs root and apt-get" >&2; exit 2; }
[[ $(dpkg-query -W -f '${Status}' overfoersel 2> /dev/null) == *" installed" ]] \
    && { echo "overfoersel is already installed here; not touching it" >&2; exit 2; }
POM_VERSION=$(sed -n '/<artifactId>overfoersel<\/artifactId>/{n;s#.*<version>\(.*\)</version>.*#\1#p;q}' pom.xml)
TMP=$(mktemp -d)
cleanup() { DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq overfoersel > /dev/null 2>&1 || true; rm -rf "$TMP"; }
trap cleanup EXIT
fail() { echo "DEB TEST FAILED: $*" >&2; exit 1; }

# the folders xdg-desktop-menu wants are missing on systems without a desktop (issue: exit 3 in postinst)
[[ -d /usr/share/desktop-directories ]] && [[ -z $(ls -A /usr/share/desktop-directories) ]] && rmdir /usr/share/desktop-directories
cp "$DEB" "$TMP/overfoersel.deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$TMP/overfoersel.deb" > "$TMP/install.log" 2>&1 \
    || fail "apt-get install: $(tail -5 "$TMP/install.log")"
[[ $(dpkg-query -W -f '${Status}' overfoersel) == "install ok installed" ]] || fail "package not fully installed"

[[ $(overfoersel --version) == "overfoersel $POM_VERSION" ]] || fail "/usr/bin/overfoersel --version: $(overfoersel --version)"
[[ $(/opt/overfoersel/bin/Overfoersel --version) == "overfoersel $POM_VERSION" ]] || fail "the window launcher's --version"
overfoersel --db "$TMP/db" example > /dev/null || fail "example"
overfoersel --db "$TMP/db" summary | grep -q 'Loft (kan overføres i alt) *49,1 mio. kr.' || fail "summary"
ls /usr/share/applications/*Overfoersel.desktop > /dev/null 2>&1 || fail "no menu entry"
grep -q '^Name=Overførsel' /usr/share/applications/*Overfoersel.desktop || fail "the menu entry is not called Overførsel"
grep -rq 'overfoersel.json' /usr/share/mime/packages/ || fail "the .overfoersel.json file type is not registered"
# the class-data archive the post-install script made for the installed paths is accepted
[[ -s /opt/overfoersel/lib/app/overfoersel.jsa ]] || fail "post-install made no class-data archive"
cp=$(sed -n 's#^app.classpath=\$APPDIR#/opt/overfoersel/lib/app#p' /opt/overfoersel/lib/app/overfoersel-cli.cfg | paste -sd: -)
/opt/overfoersel/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile=/opt/overfoersel/lib/app/overfoersel.jsa \
    -cp "$cp" dk.overfoersel.Launcher --version > /dev/null 2>&1 || fail "the installed class-data archive is refused (-Xshare:on)"
[[ -f $TMP/db.mv.db ]] || fail "the database was not where --db said"

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq overfoersel > "$TMP/remove.log" 2>&1 \
    || fail "apt-get remove: $(tail -5 "$TMP/remove.log")"
[[ ! -e /opt/overfoersel && ! -e /usr/bin/overfoersel ]] || fail "remove left /opt/overfoersel or /usr/bin/overfoersel"
ls /usr/share/applications/*Overfoersel.desktop > /dev/null 2>&1 && fail "remove left the menu entry"
[[ -f $TMP/db.mv.db ]] || fail "remove deleted the user's database"
echo "deb test passed: $(basename "$DEB"): apt-get install without menu folders, --version, example, summary, menu entry, file type, class-data archive; remove keeps the data"
