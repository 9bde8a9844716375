package dk.overfoersel.bench;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.BilagOptions;
import dk.overfoersel.document.BilagWriter;
import dk.overfoersel.domain.TransferCase;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole appendix (built from the case and rendered) for a generated round of 1.000
 * transfers with long texts, bullets and commitments, as tagged PDF/UA + PDF/A and as Word (the
 * window's print preview is {@link PreviewBench}).
 * Run: {@code mvn -B -Pbench verify -Dbench.include=BilagBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BilagBench {

    /** Transfers in the generated round. */
    public static final int TRANSFERS = 1_000;
    /** Sentences per paragraph of background and consequences (two of each, plus bullets). */
    public static final int SENTENCES = 6;
    /**
     * One render takes about a second, so the profile's warm-up iterations of 1 s see only a few;
     * the setup renders each format this many times first (the command line runs cold: see README).
     */
    static final int WARM_UP_RENDERS = 5;

    private TransferCase transferCase;
    private final BilagOptions options = new BilagOptions(2, LocalDate.of(2026, 2, 20));

    /** Generates the round and renders it a few times, so the measured iterations see a warm JIT. */
    @Setup
    public void generate() throws IOException {
        transferCase = GeneratedCase.of(TRANSFERS, SENTENCES, 42);
        for (int i = 0; i < 2; i++) {
            pdf();
            docx();
        }
    }

    @Benchmark
    public long pdf() throws IOException {
        CountingStream out = new CountingStream();
        BilagWriter.write(transferCase, options, BilagFormat.PDF, out);
        return out.count;
    }

    @Benchmark
    public long docx() throws IOException {
        CountingStream out = new CountingStream();
        BilagWriter.write(transferCase, options, BilagFormat.DOCX, out);
        return out.count;
    }

    /**
     * Writes the generated appendix as files (and the round as JSON, for timing the command line),
     * for the LibreOffice comparison: {@code main(dir)}.
     */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0] : ".");
        TransferCase c = GeneratedCase.of(TRANSFERS, SENTENCES, 42);
        BilagOptions o = new BilagOptions(2, LocalDate.of(2026, 2, 20));
        BilagWriter.write(c, o, BilagFormat.PDF, dir.resolve("bench-bilag.pdf"));
        BilagWriter.write(c, o, BilagFormat.DOCX, dir.resolve("bench-bilag.docx"));
        new dk.overfoersel.exchange.JsonCaseWriter().write(c, dir.resolve("bench-round.json"));
    }

    /** Discards the bytes, counting them (so the work cannot be optimised away). */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
