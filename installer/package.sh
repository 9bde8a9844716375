#!/usr/bin/env bash
# Builds the installer from what Maven prepared (run by `mvn -B -Pinstaller package`; see installer/README.md):
#   1. a Java runtime with only the JDK modules the program needs (jdeps -> jlink); JavaFX stays on the
#      class path with the other jars (decision 0501),
#   2. the app image target/installer/Overfoersel (jpackage): launchers Overfoersel and overfoersel-cli,
#   3. a class-data-sharing archive made from training runs and used by both launchers (decision 0504),
#   4. the native package for this system: .deb on Linux (needs dpkg-deb and fakeroot), .msi on Windows
#      (needs the WiX Toolset 3), .dmg on macOS.
# Arguments: POM_VERSION TARGET_DIR.  Environment: INSTALLER_TYPE=app-image builds only steps 1-3.
set -euo pipefail

POM_VERSION=${1:?pom version}
TARGET=$(cd "${2:?target directory}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
APP_VERSION=${POM_VERSION%%-*}            # 1.0.0-SNAPSHOT -> 1.0.0 (MSI/DMG want numbers only, major >= 1)
INPUT=$TARGET/installer-input             # the program's jar and its runtime dependencies (maven-dependency-plugin)
OUT=$TARGET/installer
RUNTIME=$TARGET/installer-runtime
NAME=Overfoersel
MAIN_JAR=overfoersel-$POM_VERSION.jar
say() { printf '[installer] %s\n' "$*"; }

case "$(uname -s)" in
    Linux*) OS=linux; NATIVE=deb ;;
    Darwin*) OS=macos; NATIVE=dmg ;;
    MINGW* | MSYS* | CYGWIN*) OS=windows; NATIVE=msi ;;
    *) echo "Ukendt styresystem: $(uname -s)" >&2; exit 2 ;;
esac
TYPE=${INSTALLER_TYPE:-native}
[[ $TYPE == native ]] && TYPE=$NATIVE
if [[ ! $APP_VERSION =~ ^[1-9][0-9]*(\.[0-9]+){0,2}$ ]]; then
    echo "Installerens version skal være numerisk med hovednummer >= 1, ikke '$APP_VERSION' (fra pom-versionen $POM_VERSION)" >&2
    exit 1
fi

cp "$TARGET/$MAIN_JAR" "$INPUT/"
# the JavaFX artifacts without classifier are empty placeholders; the platform jars carry classes and natives
find "$INPUT" -maxdepth 1 -name 'javafx-*.jar' ! -name "javafx-*-$OS*.jar" ! -name 'javafx-*-win*.jar' ! -name 'javafx-*-mac*.jar' \
    ! -name 'javafx-*-linux*.jar' -delete

# ---- 1. the runtime ---------------------------------------------------------------------------
say "jdeps: which JDK modules the program uses"
# (jdeps also prints warnings, e.g. split packages of xml-apis, on stdout: keep only the module list)
MODULES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$INPUT/*" "$INPUT/$MAIN_JAR" | grep -E '^[A-Za-z0-9_.]+(,[A-Za-z0-9_.]+)*$' | tail -1)
# found by no static analysis: Danish locale data (number and date formats), services looked up at run time
MODULES="$MODULES,jdk.localedata,jdk.zipfs,jdk.charsets"
say "jlink: $MODULES"
rm -rf "$RUNTIME" "$OUT"
jlink --add-modules "$MODULES" --include-locales=da,en --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$RUNTIME"

# ---- 2. the app image -------------------------------------------------------------------------
ICON=$HERE/linux/overfoersel.png
[[ $OS == windows ]] && ICON=$HERE/windows/overfoersel.ico
[[ $OS == macos ]] && ICON=$HERE/macos/overfoersel.icns
# One set of JVM options for the window and every command (decisions 0504, 0508, 0511): the class-data
# archive, the JIT's first tier only, and a heap that grows only as far as the live data needs
# (serial collector, small start, shrinks back) with a cap that leaves room for the 1.000-transfer PDF.
JAVA_OPTIONS=("-XX:SharedArchiveFile=\$APPDIR/overfoersel.jsa" -Xshare:auto -XX:TieredStopAtLevel=1
    -XX:+UseSerialGC -Xms32m -Xmx768m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40)
CLI_PROPS=$TARGET/installer-cli.properties
{
    echo "main-class=dk.overfoersel.Launcher"
    echo "win-console=true"
    echo "java-options=${JAVA_OPTIONS[*]}"
    echo "linux-shortcut=false"
} > "$CLI_PROPS"
JAVA_OPTION_ARGS=()
for option in "${JAVA_OPTIONS[@]}"; do JAVA_OPTION_ARGS+=(--java-options "$option"); done
IMAGE_DIR=$NAME                           # the app image's directory: Overfoersel, on macOS Overfoersel.app
[[ $OS == macos ]] && IMAGE_DIR=$NAME.app
say "jpackage: app image $OUT/$IMAGE_DIR"
jpackage --type app-image --name "$NAME" --app-version "$APP_VERSION" \
    --vendor "Overførsel" --description "Overførselssager: overførsler, løbende sum mod loftet og bilag" \
    --copyright "Overførsel" --icon "$ICON" \
    --input "$INPUT" --main-jar "$MAIN_JAR" --main-class dk.overfoersel.Launcher \
    --runtime-image "$RUNTIME" \
    "${JAVA_OPTION_ARGS[@]}" \
    --add-launcher "overfoersel-cli=$CLI_PROPS" \
    --dest "$OUT"

# ---- 3. class-data sharing ---------------------------------------------------------------------
"$HERE/cds-train.sh" "$OUT/$IMAGE_DIR" || say "Klassearkivet (CDS) kunne ikke laves; programmet virker, men starter langsommere"

# ---- 4. the native package --------------------------------------------------------------------
if [[ $TYPE == app-image ]]; then
    say "done: $OUT/$IMAGE_DIR"
    exit 0
fi
# the archive holds the build machine's paths, which JDK 17 refuses elsewhere: the installers leave it out
# (the .deb makes it at install time from the class list, decision 0504)
PACKAGED=$TARGET/installer-package-image/$IMAGE_DIR
rm -rf "$TARGET/installer-package-image" && mkdir -p "$TARGET/installer-package-image"
cp -a "$OUT/$IMAGE_DIR" "$PACKAGED"
find "$PACKAGED" -name overfoersel.jsa -delete
COMMON=(--type "$TYPE" --app-image "$PACKAGED" --name "$NAME" --app-version "$APP_VERSION"
    --vendor "Overførsel" --description "Overførselssager: overførsler, løbende sum mod loftet og bilag"
    --copyright "Overførsel" --file-associations "$HERE/$OS/file-association.properties" --dest "$OUT")
case $OS in
    linux)
        if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
            say "Debian-pakken springes over: dpkg-deb og fakeroot mangler. Installér dem med:"
            say "    apt-get install -y fakeroot dpkg-dev"
            say "done: $OUT/$IMAGE_DIR (app image only)"
            exit 0
        fi
        # JavaFX's natives are inside its jars, so jpackage cannot see what they link to: name it here
        jpackage "${COMMON[@]}" --resource-dir "$HERE/linux" \
            --linux-package-name overfoersel --linux-deb-maintainer "overfoersel@example.invalid" \
            --linux-menu-group "Office;Finance;" --linux-app-category office --linux-shortcut \
            --linux-package-deps "libgtk-3-0, libgl1, libglib2.0-0, libx11-6, libxtst6, libxxf86vm1, libfreetype6, libfontconfig1, libpango-1.0-0, libcairo2"
        for deb in "$OUT"/overfoersel_*.deb; do
            [[ $deb == "$OUT/overfoersel_${APP_VERSION}_amd64.deb" ]] || mv "$deb" "$OUT/overfoersel_${APP_VERSION}_amd64.deb"
        done
        say "done: $OUT/overfoersel_${APP_VERSION}_amd64.deb"
        ;;
    windows)
        # a fixed upgrade code: a newer .msi replaces the installed version instead of installing beside it
        jpackage "${COMMON[@]}" --win-menu --win-menu-group "Overførsel" --win-shortcut --win-dir-chooser \
            --win-upgrade-uuid 6f1c2f0e-4b7a-4f57-9a55-0c3e5d2b8a11 --win-per-user-install
        say "done: $(ls "$OUT"/*.msi)"
        ;;
    macos)
        jpackage "${COMMON[@]}" --mac-package-identifier dk.overfoersel --mac-package-name "Overførsel"
        say "done: $(ls "$OUT"/*.dmg)"
        ;;
esac
