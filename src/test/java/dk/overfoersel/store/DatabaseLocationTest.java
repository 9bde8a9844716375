package dk.overfoersel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DatabaseLocation.defaultDirectory(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/bo"))
                .isEqualTo(Path.of("/data/overfoersel"));
        assertThat(DatabaseLocation.defaultDirectory(Map.of(), "Linux", "/home/bo"))
                .isEqualTo(Path.of("/home/bo/.local/share/overfoersel"));
    }

    @Test
    void windowsAndMacUseTheirUsualPlaces() {
        assertThat(DatabaseLocation.defaultDirectory(Map.of("APPDATA", "/appdata"), "Windows 11", "/u"))
                .isEqualTo(Path.of("/appdata/Overfoersel"));
        assertThat(DatabaseLocation.defaultDirectory(Map.of(), "Mac OS X", "/Users/bo"))
                .isEqualTo(Path.of("/Users/bo/Library/Application Support/Overfoersel"));
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault(@TempDir Path dir) {
        Map<String, String> env = Map.of("OVERFOERSEL_DB", dir.resolve("env").toString(), "XDG_DATA_HOME", "/x");
        assertThat(DatabaseLocation.resolve(dir.resolve("opt").toString(), env))
                .isEqualTo("jdbc:h2:file:" + dir.resolve("opt") + ";WRITE_DELAY=0");
        assertThat(DatabaseLocation.resolve(null, env)).isEqualTo("jdbc:h2:file:" + dir.resolve("env") + ";WRITE_DELAY=0");
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/x")))
                .isEqualTo("jdbc:h2:file:/x/overfoersel/overfoersel;WRITE_DELAY=0");
    }

    @Test
    void pathsAndUrlsBecomeH2FileUrls(@TempDir Path dir) {
        assertThat(DatabaseLocation.toUrl(dir.toString())).isEqualTo("jdbc:h2:file:" + dir.resolve("overfoersel") + ";WRITE_DELAY=0");
        assertThat(DatabaseLocation.toUrl(dir.resolve("a.mv.db").toString())).isEqualTo("jdbc:h2:file:" + dir.resolve("a") + ";WRITE_DELAY=0");
        assertThat(DatabaseLocation.toUrl("jdbc:h2:file:/tmp/x")).isEqualTo("jdbc:h2:file:/tmp/x;WRITE_DELAY=0");
        assertThat(DatabaseLocation.toUrl("jdbc:h2:file:/tmp/x;WRITE_DELAY=100")).isEqualTo("jdbc:h2:file:/tmp/x;WRITE_DELAY=100");
        assertThat(DatabaseLocation.toUrl("jdbc:h2:mem:t")).isEqualTo("jdbc:h2:mem:t");
        assertThat(DatabaseLocation.h2File("jdbc:h2:file:/tmp/x;WRITE_DELAY=0")).isEqualTo(Path.of("/tmp/x.mv.db"));
    }
}
