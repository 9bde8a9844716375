package dk.overfoersel.bench;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.exchange.JsonCaseWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large made-up round for the scale figures (issue 12): N transfers (default 10.000), each of the
 * three texts 1–2 KB, 0–5 commitments, Skema 2 and 3 mixed; the same for the same seed.
 * {@code java -cp target/test-classes:target/classes:… dk.overfoersel.bench.ScaleRound FILE.json [N]}
 * writes it in the exchange format (installer/bench-scale.sh does this).
 */
public final class ScaleRound {

    private static final String[] WORDS = ("forvaltningen centrene borgerne indsatsen aftalen leverandøren "
            + "budgettet overførslen udvalget handleplanen sagsbehandlingen jobcentret kontrakten målet "
            + "året midlerne projektet analysen udgiften ventetiden afklaringen opfølgningen systemet "
            + "medarbejderne området beslutningen økonomien kvaliteten færre flere hurtigere bedre").split(" ");

    private ScaleRound() {
    }

    public static TransferCase of(int transfers, long seed) {
        Random random = new Random(seed);
        List<UnderspendLine> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new UnderspendLine("Område " + (i + 1), Money.ofOere(50_000_000_00L + random.nextInt(1_000_000) * 1_000L)));
        }
        Round round = Round.of("Skalaforvaltningen", "Skalaudvalget", 2025, LocalDate.of(2025, 11, 27), lines);
        List<Transfer> list = new ArrayList<>(transfers);
        for (int n = 1; n <= transfers; n++) {
            long amount = 10_000_00L + random.nextInt(2_000_000) * 100L;
            List<Commitment> commitments = new ArrayList<>();
            int count = random.nextInt(6);
            for (int c = 0; c < count; c++) {
                commitments.add(new Commitment("Leverandør " + (c + 1), words(random, 8),
                        Money.ofOere(amount / 8 + c), CommitmentStatus.values()[random.nextInt(3)]));
            }
            list.add(new Transfer(n, "Overførsel om " + WORDS[random.nextInt(WORDS.length)] + " nr. " + n,
                    2 + random.nextInt(2), Money.ofOere(amount), n % 10 == 0 ? Money.ofOere(amount / 2) : Money.ZERO,
                    text(random), text(random), text(random), commitments));
        }
        return new TransferCase(round, list);
    }

    /** 1.000–2.000 characters of sentences, a blank line between two paragraphs. */
    private static String text(Random random) {
        int length = 1_000 + random.nextInt(1_001);
        StringBuilder b = new StringBuilder(length + 80);
        while (b.length() < length) {
            if (b.length() > 0) {
                b.append(b.length() > length / 2 && b.indexOf("\n\n") < 0 ? "\n\n" : " ");
            }
            String sentence = words(random, 6 + random.nextInt(10));
            b.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append('.');
        }
        return b.substring(0, length).strip();
    }

    private static String words(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        new JsonCaseWriter().write(of(n, 12L), Path.of(args[0]));
        System.out.println(args[0] + ": " + n + " transfers");
    }
}
