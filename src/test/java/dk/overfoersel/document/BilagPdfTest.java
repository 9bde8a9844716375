package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.bench.GeneratedCase;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF read back as text: headings, figures, order, page numbers, metadata and the font. */
class BilagPdfTest {

    private static final LocalDate DATE = LocalDate.of(2009, 2, 20);
    private static TransferCase example;
    private static byte[] pdf;
    private static String text;
    private static String raw;

    @BeforeAll
    static void render() throws IOException {
        example = ExampleRound.load();
        pdf = renderPdf(example, new BilagOptions(2, DATE));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            raw = sorted().getText(doc);
            text = flat(raw);
        }
    }

    /** Text in reading order (top to bottom, left to right). */
    static PDFTextStripper sorted() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /**
     * Line breaks and runs of spaces become one space, so a figure broken over two lines is found;
     * a word hyphenated at the end of a line is joined again.
     */
    static String flat(String s) {
        return s.replaceAll("(\\p{Ll})-\\R(\\p{Ll})", "$1$2").replaceAll("[\\s\\u202f]+", " ");
    }

    static byte[] renderPdf(TransferCase transferCase, BilagOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBilagRenderer().render(BilagBuilder.build(transferCase, options), out);
        return out.toByteArray();
    }

    @Test
    void amountsAndDatesHoldANarrowNoBreakSpaceInTheirText() {
        assertThat(raw).contains("25,7\u202fmio.\u202fkr.", "15,739\u202fmio.\u202fkr.")
                .doesNotContain("25,7 mio. kr.");
    }

    @Test
    void headerTitleAndIntroductionCarryTheComputedFigures() {
        assertThat(text)
                .contains("Beskæftigelses- og Integrationsforvaltningen")
                .contains("Dato: 20.02.2009")
                .contains("Bilag 2 – Bemærkninger til Skema 3")
                .contains("mindreforbrug på driftsrammen på 23,4 mio. kr.")
                .contains("mindreforbrug på 10,8 mio. kr.")
                .contains("merforbrug på 9,3 mio. kr.")
                .contains("den 27.11.2008")
                .contains("25,7 mio. kr.")
                .contains("15,739 mio. kr.")
                .contains("49,1 mio. kr. inkl. den tidlige overførsel")
                .contains("overførsel af 18,484 mio. kr.");
        assertThat(text.indexOf("23,4 mio. kr.")).isLessThan(text.indexOf("49,1 mio. kr."));
        assertThat(text.indexOf("49,1 mio. kr.")).isLessThan(text.indexOf("18,484 mio. kr."));
        assertThat(text.indexOf("18,484 mio. kr.")).isLessThan(text.indexOf("Overførsel 10."));
    }

    @Test
    void oneSectionPerSkema3TransferInNumberOrderEachWithItsConsequences() {
        List<Transfer> skema3 = example.transfers().stream().filter(Transfer::isSkema3).toList();
        assertThat(skema3).extracting(Transfer::number).containsExactly(10, 11, 12, 13, 14, 15, 16);
        List<Integer> starts = new ArrayList<>();
        for (Transfer t : skema3) {
            String heading = "Overførsel " + t.number() + ". " + t.title();
            assertThat(text).contains(heading);
            starts.add(text.indexOf(heading));
        }
        starts.add(text.indexOf("Oversigt over skema 3"));
        assertThat(starts).isSorted().doesNotHaveDuplicates().doesNotContain(-1);
        for (int i = 0; i < skema3.size(); i++) {
            String section = text.substring(starts.get(i), starts.get(i + 1));
            assertThat(section).as("section of transfer %d", skema3.get(i).number())
                    .contains("Konsekvenser ved ikke at overføre");
            int consequences = section.indexOf("Konsekvenser ved ikke at overføre");
            // the recommendation comes after the consequences
            String recommendationStart = skema3.get(i).recommendation().split("\\s+")[0];
            assertThat(section.lastIndexOf(recommendationStart)).isGreaterThan(consequences);
        }
    }

    @Test
    void commitmentsTableAndClosingTableAgreeWithTheRunningSumToTheOere() {
        Summary s = example.runningSum().summary();
        assertThat(text).contains("Aftaler bag overførsel 10").contains("Planlagt").contains("Underskrevet")
                .contains("7.700.000,00").contains("3.200.000,00");
        String closing = text.substring(text.indexOf("Oversigt over skema 3"));
        assertThat(closing)
                .contains(DanishFormat.amount(s.requestedTotal()))
                .contains(DanishFormat.amount(s.skema3AtRisk()))
                .contains("36.684.000,00")
                .contains("18.484.000,00")
                .contains("15.000.000,00")
                .contains("4.839.000,00");
    }

    @Test
    void bulletsAreTaggedAsAList() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> types = StructureTypes.of(doc);
            assertThat(types).contains("L", "LI", "Lbl", "LBody");
        }
        assertThat(text).contains("kontrakter for 7,7 mio. kr. er underskrevet");
    }

    @Test
    void everyPageSaysWhichPageOfHowMany() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int p = 1; p <= pages; p++) {
                assertThat(flat(pageText(doc, p))).contains("Side " + p + " af " + pages);
            }
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isEqualTo(842f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void metadataAndEmbeddedFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Bilag 2 – Bemærkninger til Skema 3");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Beskæftigelses- og Integrationsforvaltningen");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("Carlito");
            });
        }
        assertThat(text).contains("æ").contains("ø").contains("å").contains("Ø");
    }

    @Test
    void theNumberOfTheAppendixIsAnOption() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderPdf(example, new BilagOptions(5, DATE)))) {
            assertThat(flat(sorted().getText(doc))).contains("Bilag 5 – Bemærkninger til Skema 3")
                    .doesNotContain("Bilag 2");
        }
    }

    @Test
    void noPageEndsWithAHeading() throws IOException {
        TransferCase many = GeneratedCase.of(40, 5, 7);
        try (PDDocument doc = Loader.loadPDF(renderPdf(many, new BilagOptions(2, DATE)))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(20);
            for (int p = 1; p <= pages; p++) {
                String pageNumber = "Side " + p + " af";
                List<String> lines = new ArrayList<>(Arrays.asList(pageText(doc, p).split("\\R")));
                lines.removeIf(l -> l.isBlank() || l.contains(pageNumber) || l.startsWith("Bilag 2 –")
                        || l.contains("overførselssagen 2025") || l.contains("Testforvaltningen"));
                String last = lines.get(lines.size() - 1).strip();
                assertThat(last).as("last line of page %d", p)
                        .doesNotStartWith("Overførsel ")
                        .isNotEqualTo("Konsekvenser ved ikke at overføre")
                        .doesNotStartWith("Aftaler bag overførsel");
            }
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = sorted();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
