package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.bench.GeneratedCase;
import dk.overfoersel.domain.TransferCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF on the appendix: PDF/UA-1 and PDF/A-3a, zero failed rules, for the example round (with
 * figures, a footnote, a quotation and nested lists) and for a generated round of 60 transfers.
 * The failed rule ids are printed in the assertion message. The PDFs are left in target/bilag-pdf/.
 */
class BilagAccessibilityTest {

    private static final BilagOptions OPTIONS = new BilagOptions(2, LocalDate.of(2009, 2, 20));

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static byte[] pdf(String which) throws IOException {
        TransferCase c;
        FigureSource figures;
        if (which.equals("example")) {
            c = RichCase.load();
            figures = RichCase.figures();
        } else {
            c = GeneratedCase.of(60, 6, 11);
            figures = FigureSource.NONE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBilagRenderer().render(BilagBuilder.build(c, OPTIONS, figures), out);
        Path dir = Path.of("target", "bilag-pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(which + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"example, ua1", "example, 3a", "generated60, ua1", "generated60, 3a"})
    void passesVeraPdfWithoutAFailedRule(String which, String flavour) throws Exception {
        byte[] pdf = pdf(which);
        PDFAFlavour f = PDFAFlavour.fromString(flavour);
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), f)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(f, false);
            result = validator.validate(parser);
        }
        List<String> failed = new ArrayList<>();
        TreeSet<String> rules = new TreeSet<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
                String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                if (rules.add(rule)) {
                    failed.add(rule + " " + a.getMessage() + " at " + a.getLocation().getContext());
                }
            }
        }
        assertThat(failed).as("failed veraPDF rules (%s, %s)", which, flavour).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }

    @Test
    void structureBookmarksLanguageAndMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf("example"))) {
            List<String> types = StructureTypes.of(doc);
            assertThat(types).contains("H1", "H2", "H3", "P", "L", "LI", "Table", "TR", "TH", "TD", "Figure", "Note",
                    "BlockQuote");
            assertThat(types.stream().filter("H1"::equals)).hasSize(1);
            assertThat(types.stream().filter("H2"::equals)).hasSize(8); // seven transfers and the closing table
            List<PDStructureElement> elements = StructureTypes.elements(doc);
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("Figure"))
                    .extracting(PDStructureElement::getAlternateDescription)
                    .containsExactly("Søjlediagram: antallet af sager stiger fra 2006 til 2008",
                            "Søjlediagram i vektorgrafik: to søjler for 2009 og 2010", "Tegning af en rampe ved indgangen");
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("Note"))
                    .extracting(PDStructureElement::getElementIdentifier).containsExactly("fodnote-1");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<String> bookmarks = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            assertThat(bookmarks).hasSize(9).startsWith("Indledning", "Overførsel 10. Intensiv opfølgning på sygedagpengesager")
                    .endsWith("Oversigt over skema 3");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Bilag 2 – Bemærkninger til Skema 3").contains("Beskæftigelses- og Integrationsforvaltningen")
                    .contains("Bemærkninger til Skema 3 i overførselssagen");
            String text = BilagPdfTest.flat(BilagPdfTest.sorted().getText(doc));
            assertThat(text).contains("Figur 1. Udviklingen i antallet af sygedagpengesager")
                    .contains("Figur 2. Tidsplan for ESDH-piloten")
                    .contains("Figur 3. Jobcentrenes indgange")
                    .contains("BIU's beslutning om handicappolitikken, 27.11.2008.");
            assertThat(text.indexOf("Figur 1.")).isLessThan(text.indexOf("Overførsel 11."));
        }
    }
}
