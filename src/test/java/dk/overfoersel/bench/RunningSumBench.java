package dk.overfoersel.bench;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RunningSum;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The running sum after one edit, at 10.000 transfers: the incremental update
 * ({@code put} + reading ceiling, headroom, Skema 3 at risk and the warning count) against a full
 * recomputation. Run: {@code mvn -B -Pbench verify -Dbench.include=RunningSumBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RunningSumBench {

    @Param({"10000"})
    int transfers;

    TransferCase transferCase;
    RunningSum sum;
    Transfer[] edits;
    int next;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        List<Transfer> list = new ArrayList<>();
        for (int i = 1; i <= transfers; i++) {
            list.add(transfer(random, i));
        }
        transferCase = new TransferCase(Round.of("Forvaltningen", "Udvalget", 2008, null,
                List.of(new UnderspendLine("Mindreforbrug", Money.ofKroner(1_000_000_000)))), list);
        sum = transferCase.runningSum();
        edits = new Transfer[1024];
        for (int i = 0; i < edits.length; i++) {
            edits[i] = transfer(random, 1 + random.nextInt(transfers));
        }
    }

    /** One keystroke changed one transfer's amount: update the sum and read what the bar shows. */
    @Benchmark
    public long incrementalUpdate() {
        Transfer edited = edits[next++ & 1023];
        sum.put(edited.figures());
        return sum.headroom().oere() + sum.skema3AtRisk().oere() + sum.warningCount();
    }

    /** The same figures by rescanning every transfer (what the incremental update avoids). */
    @Benchmark
    public long fullRecompute() {
        RunningSum fresh = transferCase.runningSum();
        return fresh.headroom().oere() + fresh.skema3AtRisk().oere() + fresh.warningCount();
    }

    private static Transfer transfer(Random random, int number) {
        long amount = 100_000_00L + random.nextInt(1_000_000) * 100L;
        List<Commitment> commitments = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            commitments.add(new Commitment("Leverandør", "Kontrakt", Money.ofOere(1 + random.nextInt(3_000_000_0)),
                    CommitmentStatus.values()[c]));
        }
        return new Transfer(number, "Overførsel " + number, 2 + random.nextInt(2), Money.ofOere(amount),
                Money.ofOere(amount / 4), "", "", "", commitments);
    }
}
