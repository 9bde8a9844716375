package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionTest {

    @TempDir
    Path dir;

    @Test
    void versionIsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>overfoersel</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        String version = m.group(1);
        assertThat(version).matches("[1-9][0-9]*\\..*");

        CliRunner.Result result = new CliRunner(dir).run("--version");
        assertThat(result.code()).isZero();
        assertThat(result.out().strip()).isEqualTo("overfoersel " + version);
    }
}
