package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.app.Composition;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.audit.HistoryEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a process saving through the window's save path (the existing kill test in
 * {@code store.DatabaseInUseTest} covers plain transactions): every edit saved more than a second
 * before the kill is there after reopening, with its audit entries, and the totals are the sums of the rows.
 */
class WindowSaveKillTest {

    @Test
    void editsSavedBeforeTheKillSurviveWithTheirAuditAndConsistentTotals(@TempDir Path dir) throws Exception {
        String db = dir.resolve("vm").toString();
        try (CaseService s = Composition.caseServices(Map.of()).open(db)) {
            s.importCase(ExampleRound.load(), false);
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                WindowSaveWriter.class.getName(), db)).redirectErrorStream(true).start();
        int savedOneSecondBefore = 0;
        int lastSaved = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
            String line;
            long killAt = Long.MAX_VALUE;
            java.util.TreeMap<Long, Integer> savedAt = new java.util.TreeMap<>();
            while ((line = out.readLine()) != null) {
                long now = System.nanoTime();
                if (line.startsWith("error")) {
                    throw new AssertionError(line);
                }
                if (line.startsWith("saved ")) {
                    lastSaved = Integer.parseInt(line.substring(6));
                    savedAt.put(now, lastSaved);
                    if (lastSaved == 5) {
                        killAt = now + TimeUnit.MILLISECONDS.toNanos(2500);
                    }
                }
                if (now >= killAt) {
                    writer.destroyForcibly(); // SIGKILL: no shutdown hook, no SHUTDOWN, no flush
                    writer.waitFor(10, TimeUnit.SECONDS);
                    var before = savedAt.floorEntry(now - TimeUnit.SECONDS.toNanos(1));
                    savedOneSecondBefore = before == null ? 0 : before.getValue();
                    break;
                }
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(savedOneSecondBefore).as("edits saved more than a second before the kill").isGreaterThanOrEqualTo(5);

        try (CaseService s = Composition.caseServices(Map.of()).open(db)) {
            long round = s.resolveRound(null);
            TransferCase stored = s.load(round);
            Transfer t12 = stored.transfers().stream().filter(t -> t.number() == 12).findFirst().orElseThrow();
            int edits = (int) (t12.amount().minus(Money.ofKroner(4_500_000)).kroner().longValueExact());
            assertThat(edits).as("the last edit saved a second before the kill is there").isGreaterThanOrEqualTo(savedOneSecondBefore);
            assertThat(edits).isLessThanOrEqualTo(lastSaved + 1);
            // each edit is whole: its amount, its commitment and its audit rows together
            assertThat(t12.commitments()).hasSize(edits);
            List<HistoryEntry> amountChanges = s.history(round, 12).stream()
                    .filter(e -> e.entity().equals("transfer") && e.field().equals("amount")).toList();
            assertThat(amountChanges).hasSize(edits);

            // totals equal the sums of the rows
            Summary summary = s.summary(round);
            Money amounts = Money.sum(stored.transfers(), Transfer::amount);
            assertThat(summary.requestedTotal()).isEqualTo(amounts);
            TransferFigures f12 = summary.transfers().stream().filter(f -> f.number() == 12).findFirst().orElseThrow();
            assertThat(f12.committed()).isEqualTo(Money.ofKroner(edits));
            assertThat(summary.requestedTotal()).isEqualTo(ExampleRoundTotal.REQUESTED.plus(Money.ofKroner(edits)));
        }
    }

    /** The example round's requested total as loaded, before the edits. */
    private static final class ExampleRoundTotal {
        static final Money REQUESTED = Money.sum(ExampleRound.load().transfers(), Transfer::amount);
    }
}
