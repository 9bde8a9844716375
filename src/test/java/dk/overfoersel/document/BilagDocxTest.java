package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Word document opened with POI: real heading styles, real lists, tables, fields, metadata. */
class BilagDocxTest {

    private static TransferCase example;
    private static XWPFDocument word;

    @BeforeAll
    static void render() throws IOException {
        example = ExampleRound.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxBilagRenderer().render(BilagBuilder.build(example, new BilagOptions(2, LocalDate.of(2009, 2, 20))), out);
        word = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @AfterAll
    static void close() throws IOException {
        word.close();
    }

    private static List<String> textsWithStyle(String style) {
        return word.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void titleAndHeadingsUseRealStylesInNumberOrder() {
        assertThat(textsWithStyle(DocxBilagRenderer.STYLE_TITLE)).containsExactly("Bilag 2 – Bemærkninger til Skema 3");
        List<String> expected = new ArrayList<>();
        for (Transfer t : example.transfers()) {
            if (t.isSkema3()) {
                expected.add("Overførsel " + t.number() + ". " + t.title());
            }
        }
        expected.add("Oversigt over skema 3");
        assertThat(textsWithStyle(DocxBilagRenderer.STYLE_HEADING_1)).containsExactlyElementsOf(expected);
        assertThat(textsWithStyle(DocxBilagRenderer.STYLE_HEADING_2)).hasSize(7)
                .containsOnly("Konsekvenser ved ikke at overføre");
        assertThat(word.getStyles().getStyle(DocxBilagRenderer.STYLE_HEADING_1).getName()).isEqualTo("heading 1");
        assertThat(word.getStyles().getStyle(DocxBilagRenderer.STYLE_HEADING_1).getCTStyle().getPPr().isSetKeepNext())
                .as("a heading is kept with the next paragraph").isTrue();
    }

    @Test
    void eachSectionHasItsConsequencesBeforeTheNextSection() {
        List<String> sequence = new ArrayList<>();
        for (XWPFParagraph p : word.getParagraphs()) {
            if (DocxBilagRenderer.STYLE_HEADING_1.equals(p.getStyle())) {
                sequence.add("H1");
            } else if (DocxBilagRenderer.STYLE_HEADING_2.equals(p.getStyle())) {
                sequence.add("H2");
            }
        }
        assertThat(String.join(" ", sequence)).isEqualTo("H1 H2 ".repeat(7) + "H1");
    }

    @Test
    void introductionCarriesTheFigures() {
        String raw = String.join("\n", word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        assertThat(raw).as("a no-break space inside every amount").contains("23,4\u00a0mio.\u00a0kr.")
                .doesNotContain("23,4 mio. kr.");
        String all = raw.replace('\u00a0', ' ');
        assertThat(all).contains("23,4 mio. kr.").contains("merforbrug på 9,3 mio. kr.").contains("27.11.2008")
                .contains("49,1 mio. kr. inkl. den tidlige overførsel").contains("18,484 mio. kr.")
                .contains("Dato: 20.02.2009");
    }

    @Test
    void bulletsAreWordListParagraphsWithNumbering() {
        List<XWPFParagraph> items = word.getParagraphs().stream()
                .filter(p -> DocxBilagRenderer.STYLE_LIST.equals(p.getStyle())).toList();
        assertThat(items).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getNumID()).isNotNull();
            assertThat(p.getNumFmt()).isEqualTo("bullet");
        });
        assertThat(items).extracting(p -> p.getText().replace('\u00a0', ' ')).contains("kontrakter for 7,7 mio. kr. er underskrevet");
    }

    @Test
    void tablesCarryCommitmentsAndTheClosingTotalsToTheOere() {
        Summary s = example.runningSum().summary();
        List<XWPFTable> tables = word.getTables();
        assertThat(tables).hasSize(3); // transfers 10 and 11 have commitments, then the closing table
        XWPFTable closing = tables.get(tables.size() - 1);
        assertThat(closing.getRow(0).getCell(6).getText()).isEqualTo("Ikke bundet");
        assertThat(closing.getRow(0).getCell(3).getText()).isEqualTo("Heraf tidligt godkendt");
        XWPFTableRow totals = closing.getRow(closing.getNumberOfRows() - 1);
        assertThat(totals.getCell(1).getText()).isEqualTo("I alt");
        assertThat(totals.getCell(2).getText()).isEqualTo("36.684.000,00");
        assertThat(totals.getCell(3).getText()).isEqualTo("25.739.000,00");
        assertThat(totals.getCell(4).getText()).isEqualTo("15.000.000,00");
        assertThat(totals.getCell(5).getText()).isEqualTo("3.200.000,00");
        assertThat(totals.getCell(6).getText()).isEqualTo("18.484.000,00")
                .isEqualTo(dk.overfoersel.domain.DanishFormat.amount(s.skema3AtRisk()));
        assertThat(closing.getNumberOfRows()).isEqualTo(1 + 7 + 1);
        assertThat(tables.get(0).getRow(1).getCell(3).getText()).isEqualTo("Underskrevet");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.getStyleID()).isEqualTo(DocxBilagRenderer.STYLE_GRID);
            assertThat(t.getCTTbl().getTblPr().xmlText()).contains("tblCaption").contains("tblDescription")
                    .doesNotContain("tblBorders");
        });
    }

    @Test
    void footerHasPageFieldsAndPropertiesNameTheAdministration() {
        var footer = word.getFooterList().get(0);
        String xml = footer._getHdrFtr().xmlText();
        assertThat(footer.getText()).contains("Side").contains("af");
        assertThat(xml).contains("PAGE").contains("NUMPAGES");
        var core = word.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Bilag 2 – Bemærkninger til Skema 3");
        assertThat(core.getCreator()).isEqualTo("Beskæftigelses- og Integrationsforvaltningen");
        var size = word.getDocument().getBody().getSectPr().getPgSz();
        assertThat(size.getW().toString()).isEqualTo("11906");
    }

    @Test
    void wordOpensItWithoutCompatibilityModeAndPageOneHasItsOwnHeader() {
        assertThat(word.getSettings().getCTSettings().xmlText()).contains("compatibilityMode").contains("w:val=\"15\"");
        assertThat(word.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        assertThat(word.getHeaderFooterPolicy().getFirstPageHeader()).isNotNull();
        assertThat(word.getHeaderFooterPolicy().getDefaultHeader().getText()).contains("Bilag 2");
    }

    @Test
    void bodyOrderIsHeaderTitleIntroSectionsTable() {
        List<IBodyElement> body = word.getBodyElements();
        assertThat(((XWPFParagraph) body.get(0)).getText()).startsWith("Beskæftigelses- og Integrationsforvaltningen");
        assertThat(((XWPFParagraph) body.get(1)).getStyle()).isEqualTo(DocxBilagRenderer.STYLE_TITLE);
        assertThat(body.get(body.size() - 2)).isInstanceOf(XWPFTable.class);
    }
}
