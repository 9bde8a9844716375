package dk.overfoersel.document;

import dk.overfoersel.bench.GeneratedCase;
import dk.overfoersel.domain.TransferCase;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * What the tagging (PDF/UA + PDF/A) costs: the same document rendered tagged and untagged in one warm
 * JVM, alternating, medians printed. {@code java … dk.overfoersel.document.TaggingCost [transfers] [runs]}.
 */
final class TaggingCost {

    public static void main(String[] args) {
        int transfers = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        TransferCase c = GeneratedCase.of(transfers, 6, 42);
        BilagDocument doc = BilagBuilder.build(c, new BilagOptions(2, LocalDate.of(2026, 2, 20)));
        long[] tagged = new long[runs];
        long[] plain = new long[runs];
        int pages = 0;
        for (int i = -2; i < runs; i++) {
            long t0 = System.nanoTime();
            byte[] a = render(doc, true);
            long t1 = System.nanoTime();
            render(doc, false);
            long t2 = System.nanoTime();
            if (i >= 0) {
                tagged[i] = (t1 - t0) / 1_000_000;
                plain[i] = (t2 - t1) / 1_000_000;
            }
            try (PdfPages p = PdfPages.of(a)) {
                pages = p.count();
            }
        }
        java.util.Arrays.sort(tagged);
        java.util.Arrays.sort(plain);
        System.out.printf("%d transfers, %d pages: tagged %d ms, untagged %d ms (medians of %d)%n",
                transfers, pages, tagged[runs / 2], plain[runs / 2], runs);
    }

    private static byte[] render(BilagDocument doc, boolean tagged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBilagRenderer(tagged).render(doc, out);
        return out.toByteArray();
    }
}
