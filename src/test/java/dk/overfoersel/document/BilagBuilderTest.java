package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.document.BilagDocument.BulletList;
import dk.overfoersel.document.BilagDocument.Heading;
import dk.overfoersel.document.BilagDocument.Table;
import dk.overfoersel.document.BilagDocument.Text;
import dk.overfoersel.document.markup.Markup;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document model: the wording of the less common cases, and what goes in which section. */
class BilagBuilderTest {

    private static final BilagOptions OPTIONS = new BilagOptions(2, LocalDate.of(2026, 2, 20));

    private static String texts(BilagDocument doc) {
        StringBuilder b = new StringBuilder();
        for (BilagDocument.Element e : doc.body()) {
            if (e instanceof Text t) {
                b.append(t.text()).append('\n');
            } else if (e instanceof BulletList l) {
                l.items().forEach(i -> b.append("• ").append(i).append('\n'));
            } else if (e instanceof BilagDocument.Rich r) {
                b.append(dk.overfoersel.document.markup.MarkupText.plain(List.of(r.block()))).append('\n');
            } else if (e instanceof Heading h) {
                b.append("# ").append(h.text()).append('\n');
            }
        }
        return b.toString();
    }

    private static Transfer transfer(int number, int schedule, long kroner, long early, List<Commitment> commitments) {
        return new Transfer(number, "Titel " + number, schedule, Money.ofKroner(kroner), Money.ofKroner(early),
                "Baggrund " + number + ".", "", "Anbefaling " + number + ".", commitments);
    }

    @Test
    void aNetOverspendWithoutEarlyTransferAndASkema2Transfer() {
        Round round = Round.of("Forvaltningen", "Udvalget", 2030, null, List.of(
                new UnderspendLine("Drift", Money.ofKroner(1_000_000)),
                new UnderspendLine("IT", Money.ofKroner(-3_500_000))));
        TransferCase c = new TransferCase(round, List.of(
                transfer(2, 2, 700_000, 0, List.of()),
                transfer(1, 3, 1_250_000, 0, List.of(
                        new Commitment("Leverandør", "", Money.ofKroner(250_000), CommitmentStatus.SIGNED)))));
        BilagDocument doc = BilagBuilder.build(c, OPTIONS);
        String text = texts(doc);
        assertThat(text).contains("et merforbrug på driftsrammen på 2,5 mio. kr.")
                .contains("• Drift: mindreforbrug på 1,0 mio. kr.")
                .contains("• IT: merforbrug på 3,5 mio. kr.")
                .contains("Der er ikke godkendt nogen tidlig overførsel")
                .contains("Forvaltningen kan ikke overføre midler i denne runde: merforbruget er større end den tidlige "
                        + "overførsel, og rammen er derfor \u22122,5 mio. kr.")
                .doesNotContain("inkl. den tidlige overførsel").doesNotContain("-2,5")
                .contains("overstiger dermed rammen på \u22122,5 mio. kr. med 4,45 mio. kr.")
                .contains("anmodes der i alt om overførsel af 1,0 mio. kr.")
                .contains("# Overførsel 1. Titel 1")
                .doesNotContain("Overførsel 2.")
                .contains("Forvaltningen har endnu ikke beskrevet konsekvenserne af ikke at overføre beløbet.")
                .contains("Af overførslens 1,25 mio. kr. er 0,25 mio. kr. bundet i underskrevne aftaler, mens 1,0 mio. kr. endnu ikke er bundet.");
        assertThat(doc.title()).isEqualTo("Bilag 2 – Bemærkninger til Skema 3");
        assertThat(doc.dateLine()).isEqualTo("Dato: 20.02.2026");
        Table closing = (Table) doc.body().get(doc.body().size() - 1);
        assertThat(closing.rows()).hasSize(1);
        assertThat(closing.totals()).containsExactly("", "I alt", "1.250.000,00", "0,00", "250.000,00", "0,00", "1.000.000,00");
        assertThat(closing.columns().get(3).heading()).isEqualTo("Heraf tidligt godkendt");
    }

    @Test
    void withoutSkema3TransfersThereAreNoSectionsAndNoClosingTable() {
        Round round = Round.of("Forvaltningen", "Udvalget", 2030, LocalDate.of(2030, 11, 20),
                List.of(new UnderspendLine("Drift", Money.ofKroner(1_000_000))));
        TransferCase c = new TransferCase(round, List.of(transfer(1, 2, 500_000, 500_000, List.of())));
        BilagDocument doc = BilagBuilder.build(c, OPTIONS);
        assertThat(texts(doc)).contains("den 20.11.2030 at overføre i alt 0,5 mio. kr. til:")
                .contains("• overførsel 1, Titel 1: 0,5 mio. kr.")
                .contains("Der er ingen overførsler på skema 3");
        assertThat(doc.body()).noneMatch(e -> e instanceof Heading || e instanceof Table);
    }

    @Test
    void figuresAreNumberedThroughTheDocumentAndFollowTheBackground() {
        Round round = Round.of("Forvaltningen", "Udvalget", 2030, null, List.of());
        TransferCase c = new TransferCase(round, List.of(
                transfer(1, 3, 100_000, 0, List.of()), transfer(2, 3, 200_000, 0, List.of())));
        FigureSource figures = t -> List.of(new Figure("figur-" + t.number() + ".png", "Sager i " + t.number(),
                "Søjlediagram", "image/png", new byte[] {1, 2, 3}, ""));
        BilagDocument doc = BilagBuilder.build(c, OPTIONS, figures);
        List<BilagDocument.FigureBlock> placed = doc.body().stream()
                .filter(e -> e instanceof BilagDocument.FigureBlock).map(e -> (BilagDocument.FigureBlock) e).toList();
        assertThat(placed).extracting(BilagDocument.FigureBlock::number).containsExactly(1, 2);
        assertThat(placed).extracting(f -> f.figure().name()).containsExactly("figur-1.png", "figur-2.png");
        int second = doc.body().indexOf(placed.get(1));
        assertThat(doc.body().get(second - 1)).isEqualTo(new BilagDocument.Rich(
                new Markup.Para(List.of(Markup.Run.plain("Baggrund 2.")))));
    }

    @Test
    void theExampleRoundsGeneratedSentencesReadAsTheAdministrationWrites() {
        String text = texts(BilagBuilder.build(dk.overfoersel.exchange.ExampleRound.load(), OPTIONS));
        assertThat(text).contains("et mindreforbrug på driftsrammen på 23,4 mio. kr., der fordeler sig således:")
                .contains("• Øvrigt mindreforbrug: 0,7 mio. kr.").doesNotContain("mindreforbrug: mindreforbrug")
                .contains("• IT-udgifter: merforbrug på 9,3 mio. kr.")
                // transfer 10's agreements exceed its amount: the planned 4,9 is not "Heraf" of the unbound 4,839
                .contains("Af overførslens 15,739 mio. kr. er 7,7 mio. kr. bundet i underskrevne aftaler og 3,2 mio. kr. i aftaler "
                        + "under forhandling, mens 4,839 mio. kr. endnu ikke er bundet. Der er planlagt aftaler for 4,9 mio. kr., "
                        + "som endnu ikke er bundet.")
                .contains("Af overførslens 11,3 mio. kr. er 7,3 mio. kr. bundet i underskrevne aftaler, mens 4,0 mio. kr. endnu ikke "
                        + "er bundet. Heraf er der planlagt aftaler for 4,0 mio. kr.")
                .doesNotContain("ikke bundet er").doesNotContain("pengene").doesNotContain("kr..");
        Round round = Round.of("Forvaltningen", "Udvalget", 2030, null, List.of());
        TransferCase bound = new TransferCase(round, List.of(transfer(1, 3, 500_000, 0, List.of(
                new Commitment("Leverandør", "", Money.ofKroner(300_000), CommitmentStatus.SIGNED),
                new Commitment("Konsulent", "", Money.ofKroner(200_000), CommitmentStatus.NEGOTIATING)))));
        assertThat(texts(BilagBuilder.build(bound, OPTIONS)))
                .contains("Hele overførslens 0,5 mio. kr. er bundet i underskrevne aftaler eller i aftaler under forhandling.")
                .doesNotContain("mens 0 kr.");
    }

    @Test
    void sentencesAdaptToSmallAmountsMissingCommitmentsEarlyPartsAndPlannedMoney() {
        Round round = Round.of("Forvaltningen", "Udvalget", 2030, LocalDate.of(2030, 11, 27), List.of(
                new UnderspendLine("Drift", Money.ofKroner(5_000_000)),
                new UnderspendLine("IT-udgifter (merforbrug)", Money.ofKroner(-40_000))));
        TransferCase c = new TransferCase(round, List.of(
                transfer(1, 3, 2_000_000, 1_500_000, List.of(
                        new Commitment("Leverandør", "", Money.ofKroner(300_000), CommitmentStatus.NEGOTIATING),
                        new Commitment("Konsulent", "", Money.ofKroner(200_000), CommitmentStatus.PLANNED))),
                transfer(2, 3, 30_000, 0, List.of(
                        new Commitment("Leverandør", "", Money.ofKroner(10_000), CommitmentStatus.PLANNED)))));
        BilagDocument doc = BilagBuilder.build(c, OPTIONS);
        String text = texts(doc);
        assertThat(text).contains("• IT-udgifter: merforbrug på 40.000 kr.")
                .doesNotContain("(merforbrug): merforbrug").doesNotContain("0,0 mio. kr.")
                .contains("Forvaltningen kan i alt overføre 6,5 mio. kr. inkl. den tidlige overførsel.")
                .contains("Borgerrepræsentationen godkendte den 27.11.2030 i den tidlige overførselssag 1,5 mio. kr. til formålet.")
                .contains("Af overførslens 2,0 mio. kr. er 0,3 mio. kr. bundet i aftaler under forhandling, mens 1,7 mio. kr. "
                        + "endnu ikke er bundet. Heraf er der planlagt aftaler for 0,2 mio. kr.")
                .contains("Der er endnu hverken underskrevne aftaler eller aftaler under forhandling bag overførslens 30.000 kr. "
                        + "Heraf er der planlagt aftaler for 10.000 kr.")
                .doesNotContain("kr..")
                .doesNotContain("bundet i underskrevne aftaler og");
        assertThat(text.indexOf("Borgerrepræsentationen godkendte den 27.11.2030")).isGreaterThan(text.indexOf("# Overførsel 1."));
        assertThat(texts(BilagBuilder.build(new TransferCase(round, List.of(transfer(1, 3, 1_000_000, 0, List.of()))), OPTIONS)))
                .contains("Forvaltningen kan i alt overføre").doesNotContain("godkendte den");
        Table first = (Table) doc.body().stream().filter(e -> e instanceof Table).findFirst().orElseThrow();
        assertThat(first.rows()).extracting(r -> r.get(3)).containsExactly("Under forhandling", "Planlagt (ikke bundet)");
        assertThat(first.subtotals()).extracting(r -> r.get(0) + " " + r.get(2)).containsExactly(
                "Heraf underskrevet 0,00", "Heraf under forhandling 300.000,00", "Heraf planlagt (ikke bundet) 200.000,00");
        assertThat(first.totals().get(2)).isEqualTo("500.000,00");
    }

    @Test
    void theStoredFiguresOfATransferArePlacedWhereItsTextNamesThem() {
        Round round = Round.of("Forvaltningen", "Udvalget", 2030, null, List.of());
        Transfer t = new Transfer(1, "Titel 1", 3, Money.ofKroner(100_000), Money.ZERO,
                "Før.\n\n![](graf.png)\n\nEfter.", "Konsekvens.", "", List.of())
                .withImages(List.of(new dk.overfoersel.domain.figure.Figure("graf.png", "Sager", "Søjlediagram over sager",
                        "image/png", RichCase.png(40, 20), "")));
        BilagDocument doc = BilagBuilder.build(new TransferCase(round, List.of(t)), OPTIONS);
        String text = texts(doc);
        List<BilagDocument.Element> body = doc.body();
        int figure = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof BilagDocument.FigureBlock f) {
                assertThat(f.figure().altText()).isEqualTo("Søjlediagram over sager");
                assertThat(f.number()).isEqualTo(1);
                figure = i;
            }
        }
        assertThat(figure).isPositive();
        assertThat(MarkupTextOf(body.get(figure - 1))).isEqualTo("Før.");
        assertThat(MarkupTextOf(body.get(figure + 1))).isEqualTo("Efter.");
        assertThat(text).doesNotContain("graf.png");
    }

    private static String MarkupTextOf(BilagDocument.Element e) {
        return dk.overfoersel.document.markup.MarkupText.plain(List.of(((BilagDocument.Rich) e).block()));
    }
}
