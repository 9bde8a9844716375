package dk.overfoersel.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * A figure's image in the Word document: an inline picture with the figure's alt text (Word's
 * "Alternativ tekst", docPr/@descr), scaled to the text width at most, kept with its caption.
 * PNG and JPEG are embedded as they are; an SVG (which Word shows only with a raster fallback) is
 * represented by its alt text in the paragraph, and its caption follows as for any figure.
 */
final class DocxFigure {

    /** A4 with 2,5 cm margins: 16 cm of text width, in points. */
    private static final double TEXT_WIDTH_PT = 16 / 2.54 * 72;

    private DocxFigure() {
    }

    static void add(XWPFDocument word, Figure figure) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        XWPFRun run = p.createRun();
        int type = switch (figure.mediaType()) {
            case "image/png" -> Document.PICTURE_TYPE_PNG;
            case "image/jpeg" -> Document.PICTURE_TYPE_JPEG;
            default -> -1;
        };
        BufferedImage image = type < 0 ? null : read(figure.bytes());
        if (image == null) {
            run.setItalic(true);
            run.setText(figure.altText());
            return;
        }
        double widthPt = image.getWidth() * 0.75; // 96 pixels per inch
        double heightPt = image.getHeight() * 0.75;
        if (widthPt > TEXT_WIDTH_PT) {
            heightPt = heightPt * TEXT_WIDTH_PT / widthPt;
            widthPt = TEXT_WIDTH_PT;
        }
        try {
            run.addPicture(new ByteArrayInputStream(figure.bytes()), type, figure.name(),
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(figure.altText());
        inline.getDocPr().setTitle(figure.caption());
        // the picture's own properties too: some readers take the alt text from there
        run.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr().setDescr(figure.altText());
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
