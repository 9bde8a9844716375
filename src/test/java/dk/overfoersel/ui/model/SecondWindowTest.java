package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.app.Composition;
import dk.overfoersel.store.DatabaseLocation;
import dk.overfoersel.store.HoldDatabase;
import dk.overfoersel.ui.StubDialogs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second window on a database another program holds says so in Danish; no stack trace, no class names. */
class SecondWindowTest {

    @Test
    void saysTheDatabaseIsOpenElsewhere(@TempDir Path dir) throws Exception {
        String db = dir.resolve("vm").toString();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), DatabaseLocation.toUrl(db))).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).isEqualTo("ready");

            StubDialogs dialogs = new StubDialogs();
            Workspace workspace = new Workspace(Composition.windowCaseServices(Map.of()), Background.direct(), dialogs);
            workspace.openDatabase(db);
            assertThat(dialogs.errors).singleElement().satisfies(message -> {
                assertThat(message).contains("er i brug af et andet program (fx et åbent Overførsel-vindue)");
                assertThat(message).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("90020");
            });
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
