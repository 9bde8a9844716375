package dk.overfoersel.document;

import dk.overfoersel.document.BilagDocument.FigureBlock;
import dk.overfoersel.domain.Texts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A figure in Word: the picture (PNG or JPEG) scaled to the text width at most, its alt text in the
 * drawing's description, and the caption "Figur N. …" in the Caption style under it. An SVG has no
 * picture in Word here (POI needs a bitmap beside it): its alt text is printed in its place.
 */
final class DocxFigures {

    /** Text width in points (A4, 2,5 cm margins). */
    private static final double TEXT_WIDTH_PT = (11906 - 2 * 1418) / 20.0;

    private DocxFigures() {
    }

    static void add(XWPFDocument word, FigureBlock block) {
        Figure f = block.figure();
        XWPFParagraph p = word.createParagraph();
        // POI's setKeepNext needs the paragraph's properties to exist (a new paragraph has none)
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
        XWPFRun run = p.createRun();
        int type = switch (f.mediaType()) {
            case "image/png" -> Document.PICTURE_TYPE_PNG;
            case "image/jpeg" -> Document.PICTURE_TYPE_JPEG;
            default -> -1;
        };
        BufferedImage image = type < 0 ? null : read(f.bytes());
        if (image == null) {
            run.setText(f.altText());
            run.setItalic(true);
        } else {
            // pixels at 96 dpi, at most the text width
            double width = image.getWidth() * 0.75;
            double height = image.getHeight() * 0.75;
            if (width > TEXT_WIDTH_PT) {
                height = height * TEXT_WIDTH_PT / width;
                width = TEXT_WIDTH_PT;
            }
            try {
                run.addPicture(new ByteArrayInputStream(f.bytes()), type, f.name(), Units.toEMU(width), Units.toEMU(height));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("the figure " + f.name() + " could not be added", e);
            }
            var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(f.altText());
            inline.getDocPr().setTitle(f.caption());
        }
        XWPFParagraph caption = word.createParagraph();
        caption.setStyle(DocxBilagRenderer.STYLE_CAPTION);
        DocxText.plain(caption, Texts.get("bilag.figure.caption", String.valueOf(block.number()), f.caption()));
        if (!f.sourceNote().isEmpty()) {
            XWPFParagraph source = word.createParagraph();
            DocxText.plain(source, f.sourceNote());
            source.getRuns().get(0).setFontSize(9);
        }
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
