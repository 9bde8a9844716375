package dk.overfoersel.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The appendix as an accessible, archivable PDF: the document model as XHTML
 * ({@link XhtmlBilagRenderer}) laid out by openhtmltopdf with PDF/UA-1 tagging and PDF/A-3a
 * conformance, the sRGB output intent, Carlito (four faces) embedded as subsets, bookmarks per
 * section, language da-DK, title/author/subject in the XMP metadata, and the title shown as the
 * window title. Footnotes are tagged Note ({@link NoteTags}). See docs/decisions/0210.
 */
public final class PdfBilagRenderer {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * openhtmltopdf's own diagnostics (timings, font loading) and PDFBox's note that it maps the
     * unused base-14 fallback fonts are not for the user: without this they would reach the command
     * line's stderr. Kept as fields: java.util.logging holds its loggers weakly.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS = quiet("org.apache.pdfbox.pdmodel.font");

    static {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final boolean tagged;

    /** Tagged PDF/UA + PDF/A-3a (what the program writes). */
    public PdfBilagRenderer() {
        this(true);
    }

    /** {@code tagged == false}: untagged plain PDF, only for measuring what the tagging costs. */
    PdfBilagRenderer(boolean tagged) {
        this.tagged = tagged;
    }

    /** Writes the document; the stream is left open. */
    public void render(BilagDocument doc, OutputStream out) {
        String xhtml = new XhtmlBilagRenderer().render(doc);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, "about:blank");
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useHyphenation(DanishHyphenator.INSTANCE);
        if (tagged) {
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(SRGB);
        }
        builder.withProducer("Overførsel");
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        try {
            font(builder, target, Fonts.regular(), 400, FontStyle.NORMAL);
            font(builder, target, Fonts.bold(), 700, FontStyle.NORMAL);
            font(builder, target, Fonts.italic(), 400, FontStyle.ITALIC);
            font(builder, target, Fonts.boldItalic(), 700, FontStyle.ITALIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocument pdf = layOut(builder);
        try (pdf) {
            PDViewerPreferences prefs = pdf.getDocumentCatalog().getViewerPreferences();
            if (prefs == null) {
                prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
                pdf.getDocumentCatalog().setViewerPreferences(prefs);
            }
            prefs.setDisplayDocTitle(true);
            if (tagged) {
                NoteTags.apply(pdf);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays the document out and draws its pages into the PDF. The renderer (the DOM and every box of
     * every page) is unreachable when this returns, so saving, the most memory-hungry step, does not
     * hold it too. Its {@code close()} only closes the fonts it loaded itself (none: they are
     * supplied) and is therefore left to the garbage collector with the rest. See docs/decisions/0241.
     */
    private static PDDocument layOut(PdfRendererBuilder builder) {
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        try {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            return renderer.getPdfDocument();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Carlito without its glyph substitutions: PDFBox would otherwise set "ft" and "fb" as ligature
     * glyphs that have no Unicode value, which PDF/UA (7.21.7) and PDF/A refuse and which a screen
     * reader cannot read.
     */
    private static void font(PdfRendererBuilder builder, PDDocument target, byte[] bytes, int weight, FontStyle style)
            throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        builder.useFont(new PDFontSupplier(PDType0Font.load(target, ttf, true)), "Carlito", weight, style, true);
    }
}
