package dk.overfoersel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noCommandOpensTheWindow() {
        assertThat(Launcher.isWindowStart(new String[0])).isTrue();
        assertThat(Launcher.isWindowStart(new String[] {"--db", "x"})).isTrue();
        assertThat(Launcher.isWindowStart(new String[] {"--db=x"})).isTrue();
        assertThat(Launcher.dbOption(new String[] {"--db", "x"})).isEqualTo("x");
        assertThat(Launcher.dbOption(new String[] {"--db=y"})).isEqualTo("y");
        assertThat(Launcher.dbOption(new String[0])).isNull();
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(Launcher.isWindowStart(new String[] {"summary"})).isFalse();
        assertThat(Launcher.isWindowStart(new String[] {"--help"})).isFalse();
        assertThat(Launcher.isWindowStart(new String[] {"--db", "x", "rounds"})).isFalse();
        assertThat(Launcher.isWindowStart(new String[] {"--db"})).isFalse();
    }

    @Test
    void anExchangeFileFromTheDesktopOpensTheWindow() {
        String[] args = {"runde.overfoersel.json"};
        assertThat(Launcher.isWindowStart(args)).isTrue();
        assertThat(Launcher.fileToOpen(args)).isAbsolute().hasFileName("runde.overfoersel.json");
        assertThat(Launcher.dbOption(args)).isNull();
        assertThat(Launcher.isWindowStart(new String[] {"runde.json"})).isFalse();
        assertThat(Launcher.fileToOpen(new String[] {"import", "runde.overfoersel.json"})).isNull();
    }
}
