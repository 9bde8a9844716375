package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * No text of the appendix or the budget note is printed over another: every glyph's box on a page, as PDFBox reads the
 * rendered PDF, is compared with every other glyph's on the same page. A narrow column whose heading
 * cannot wrap ("Heraf tidligt godkendt" over "Beløb" in the closing table) would overprint its
 * neighbour; kerning and touching letters overlap by a fraction of a point and are allowed.
 */
class NoOverprintTest {

    /** Glyphs overlapping by more than this, in points, in both directions, are overprinted. */
    private static final float TOLERANCE = 1.0f;

    @Test
    void noGlyphOfTheExampleBilagOverlapsAnother() throws IOException {
        TransferCase example = ExampleRound.load();
        assertNoOverprint(BilagPdfTest.renderPdf(example, new BilagOptions(2, LocalDate.of(2009, 2, 20))), 5_000);
    }

    @Test
    void noGlyphOfTheExampleBudgetNoteOverlapsAnother() throws IOException {
        assertNoOverprint(NoteAccessibilityTest.pdf(), 1_000);
    }

    private static void assertNoOverprint(byte[] pdf, int atLeast) throws IOException {
        List<String> overprinted = new ArrayList<>();
        int glyphs = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                List<TextPosition> onPage = glyphs(doc, page);
                glyphs += onPage.size();
                overprinted.addAll(overlaps(page, onPage));
            }
        }
        assertThat(glyphs).as("glyphs read from the PDF").isGreaterThan(atLeast);
        assertThat(overprinted).as("glyphs printed over another").isEmpty();
    }

    private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    out.add(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }

    private static List<String> overlaps(int page, List<TextPosition> glyphs) {
        List<TextPosition> byTop = new ArrayList<>(glyphs);
        byTop.sort(Comparator.comparingDouble(NoOverprintTest::top));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < byTop.size(); i++) {
            TextPosition a = byTop.get(i);
            for (int j = i + 1; j < byTop.size(); j++) {
                TextPosition b = byTop.get(j);
                if (top(b) >= bottom(a) - TOLERANCE) {
                    break;
                }
                float across = Math.min(right(a), right(b)) - Math.max(left(a), left(b));
                float down = Math.min(bottom(a), bottom(b)) - Math.max(top(a), top(b));
                if (across > TOLERANCE && down > TOLERANCE) {
                    found.add("side " + page + ": '" + a.getUnicode() + "' og '" + b.getUnicode() + "' ved x="
                            + Math.round(left(a)) + ", y=" + Math.round(top(a)));
                }
            }
        }
        return found;
    }

    private static float left(TextPosition t) {
        return t.getXDirAdj();
    }

    private static float right(TextPosition t) {
        return t.getXDirAdj() + t.getWidthDirAdj();
    }

    /** PDFBox's y is the baseline, measured from the top; the box reaches one glyph height above it. */
    private static float top(TextPosition t) {
        return t.getYDirAdj() - t.getHeightDir();
    }

    private static float bottom(TextPosition t) {
        return t.getYDirAdj();
    }
}
