package dk.overfoersel.bench;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.BilagOptions;
import dk.overfoersel.document.BilagWriter;
import dk.overfoersel.document.PdfPages;
import dk.overfoersel.domain.TransferCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * The window's print preview of a generated 60-transfer round, warm (target: shown within 2,5 s):
 * what "Udskriv bilag…" does in the background — build the document, render the tagged PDF, open it
 * and draw the first page at the preview's resolution. Saving afterwards reuses this PDF when nothing
 * changed (BilagViewModel), so it is not measured again.
 * Run: {@code mvn -B -Pbench verify -DskipTests -Dbench.include=PreviewBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PreviewBench {

    /** Transfers in the round. */
    public static final int TRANSFERS = 60;
    /** Renders before the measured iterations (one takes about a second, a JMH warm-up iteration 1 s). */
    static final int WARM_UP_RENDERS = 5;

    private TransferCase transferCase;
    private final BilagOptions options = new BilagOptions(2, LocalDate.of(2026, 2, 20));

    @Setup
    public void generate() throws IOException {
        transferCase = GeneratedCase.of(TRANSFERS, BilagBench.SENTENCES, 42);
        for (int i = 0; i < WARM_UP_RENDERS; i++) {
            preview60();
        }
    }

    @Benchmark
    public int preview60() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilagWriter.write(transferCase, options, BilagFormat.PDF, out);
        try (PdfPages pages = PdfPages.of(out.toByteArray())) {
            return pages.render(0, 96f).getWidth() + pages.count();
        }
    }
}
