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
import dk.overfoersel.document.note.NoteDocumentBuilder;
import dk.overfoersel.exchange.note.ExampleNote;

/** veraPDF on the example budget note: PDF/UA-1 and PDF/A-3a without a failed rule; tables with header cells; bookmarks. */
class NoteAccessibilityTest {

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBilagRenderer().render(NoteDocumentBuilder.build(ExampleNote.load()), out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ua1", "3a"})
    void passesVeraPdfWithoutAFailedRule(String flavour) throws Exception {
        PDFAFlavour f = PDFAFlavour.fromString(flavour);
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf()), f)) {
            result = Foundries.defaultInstance().createValidator(f, false).validate(parser);
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
        assertThat(failed).as("failed veraPDF rules (%s)", flavour).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }

    @Test
    void tablesWithHeaderCellsAndBookmarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            List<String> types = StructureTypes.of(doc);
            assertThat(types).contains("Table", "TH", "TD", "L", "LI");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            List<String> bookmarks = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            assertThat(bookmarks).contains("Baggrund", "Økonomi", "Bilag. Tekniske oplysninger");
        }
    }
}
