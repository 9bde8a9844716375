package dk.overfoersel.bench;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up round of many transfers with long texts (paragraphs and bullets) and commitments,
 * the same for the same seed: for the benchmark and for tests of page breaks.
 */
public final class GeneratedCase {

    private static final String[] WORDS = ("forvaltningen centrene borgerne indsatsen aftalen leverandøren "
            + "budgettet overførslen udvalget handleplanen sagsbehandlingen jobcentret kontrakten målet "
            + "året midlerne projektet analysen udgiften ventetiden afklaringen opfølgningen systemet "
            + "medarbejderne området beslutningen økonomien kvaliteten færre flere hurtigere bedre").split(" ");

    private GeneratedCase() {
    }

    public static TransferCase of(int transfers, int sentencesPerParagraph, long seed) {
        Random random = new Random(seed);
        List<UnderspendLine> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(new UnderspendLine("Linje " + (i + 1) + " i mindreforbruget",
                    Money.ofOere((i == 7 ? -1 : 1) * (1_000_000_00L + random.nextInt(900_000) * 100L))));
        }
        Round round = Round.of("Testforvaltningen for Æbler, Øer og Ål", "Testudvalget", 2025,
                LocalDate.of(2025, 11, 27), lines);
        List<Transfer> list = new ArrayList<>();
        for (int n = 1; n <= transfers; n++) {
            long amount = 100_000_00L + random.nextInt(5_000_000) * 100L;
            List<Commitment> commitments = new ArrayList<>();
            int count = random.nextInt(4);
            for (int c = 0; c < count; c++) {
                commitments.add(new Commitment("Leverandør " + (c + 1), sentence(random, 6),
                        Money.ofOere(amount / 5 + c), CommitmentStatus.values()[c % 3]));
            }
            String background = paragraph(random, sentencesPerParagraph) + "\n\n" + paragraph(random, sentencesPerParagraph)
                    + "\n\n- " + sentence(random, 8) + "\n- " + sentence(random, 10) + "\n- " + sentence(random, 7);
            String consequences = paragraph(random, sentencesPerParagraph) + "\n\n" + paragraph(random, 2);
            String recommendation = paragraph(random, 2);
            list.add(new Transfer(n, "Overførsel om " + WORDS[random.nextInt(WORDS.length)] + " nr. " + n, 3,
                    Money.ofOere(amount), n % 10 == 0 ? Money.ofOere(amount / 2) : Money.ZERO,
                    background, consequences, recommendation, commitments));
        }
        return new TransferCase(round, list);
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(sentence(random, 10 + random.nextInt(12)));
        }
        return b.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return b.append('.').toString();
    }

    /**
     * Writes the round in the exchange format, for scripts/bench-bilag.sh:
     * {@code java -cp … dk.overfoersel.bench.GeneratedCase FILE.json [N]} (6 sentences per paragraph, seed 42,
     * the round {@link BilagBench} renders).
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        new dk.overfoersel.exchange.JsonCaseWriter().write(of(n, BilagBench.SENTENCES, 42), java.nio.file.Path.of(args[0]));
        System.out.println(args[0] + ": " + n + " transfers");
    }
}
