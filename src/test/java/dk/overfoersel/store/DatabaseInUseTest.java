package dk.overfoersel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestCases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file held by another process gives a Danish message, not a stack trace; and a process
 * killed hard (kill -9) loses none of the transactions it had committed.
 */
class DatabaseInUseTest {

    @Test
    void committedTransactionsSurviveKillMinusNine(@TempDir Path dir) throws Exception {
        String url = TestCases.url(dir);
        Process writer = start(url, "write");
        int lastCommitted = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
            String line;
            int seen = 0;
            while ((line = out.readLine()) != null && seen < 40) {
                if (line.matches("\\d{4}")) {
                    lastCommitted = Integer.parseInt(line);
                    seen++;
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no SHUTDOWN statement
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(lastCommitted).isGreaterThanOrEqualTo(2039);
        try (Database db = Database.open(url)) {
            var years = db.inTransaction(dsl -> new RoundRepository(dsl).list()).stream().map(r -> r.accountsYear()).toList();
            for (int year = 2000; year <= lastCommitted; year++) {
                assertThat(years).as("committed before the kill").contains(year);
            }
        }
    }

    private static Process start(String url, String... mode) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp",
                System.getProperty("java.class.path"), HoldDatabase.class.getName(), url));
        command.addAll(List.of(mode));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse(@TempDir Path dir) throws Exception {
        String url = TestCases.url(dir);
        Process holder = start(url);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the other process opened the database").isEqualTo("ready");

            assertThatThrownBy(() -> Database.open(url))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("er i brug af et andet program");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        try (Database db = Database.open(url)) {
            assertThat(db.url()).isEqualTo(url);
        }
    }
}
