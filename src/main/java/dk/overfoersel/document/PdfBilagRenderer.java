package dk.overfoersel.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dk.overfoersel.document.BilagDocument.BulletList;
import dk.overfoersel.document.BilagDocument.Column;
import dk.overfoersel.document.BilagDocument.Heading;
import dk.overfoersel.document.BilagDocument.Table;
import dk.overfoersel.document.BilagDocument.Text;
import dk.overfoersel.domain.Texts;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The appendix as PDF (OpenPDF): A4, 2,5 cm margins, Carlito embedded as a subset, a header with
 * the administration and the date on page 1, "Side i af n" on every page. A heading is kept on
 * the page of the block that follows it (both go in one unbreakable table row).
 */
public final class PdfBilagRenderer {

    static final float MARGIN = 72f;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color ACCENT = new Color(0x1f, 0x38, 0x64);
    private static final Color MUTED = new Color(0x59, 0x59, 0x59);
    private static final Color RULE = new Color(0xa6, 0xa6, 0xa6);
    private static final Color HEADER_FILL = new Color(0xe7, 0xec, 0xf3);

    private final BaseFont regular;
    private final BaseFont bold;
    private final Font body;
    private final Font bodyBold;
    private final Font small;
    private final Font smallBold;
    private final Font title;
    private final Font h1;
    private final Font h2;
    private final Font caption;

    public PdfBilagRenderer() {
        try {
            regular = BaseFont.createFont("Carlito-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Fonts.regular(), null);
            bold = BaseFont.createFont("Carlito-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Fonts.bold(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body = new Font(regular, 11f, Font.NORMAL, INK);
        bodyBold = new Font(bold, 11f, Font.NORMAL, INK);
        small = new Font(regular, 9.5f, Font.NORMAL, INK);
        smallBold = new Font(bold, 9.5f, Font.NORMAL, INK);
        title = new Font(bold, 20f, Font.NORMAL, ACCENT);
        h1 = new Font(bold, 14f, Font.NORMAL, ACCENT);
        h2 = new Font(bold, 11.5f, Font.NORMAL, INK);
        caption = new Font(bold, 10f, Font.NORMAL, MUTED);
    }

    /** Writes the document; the stream is left open. */
    public void render(BilagDocument doc, OutputStream out) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.setPageEvent(new PageDecoration(doc));
            document.addTitle(doc.title());
            document.addAuthor(doc.administration());
            document.addSubject(doc.subject());
            document.addCreator("Overførsel");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("da-DK"));
            document.open();
            header(document, doc);
            List<BilagDocument.Element> elements = doc.body();
            for (int i = 0; i < elements.size(); i++) {
                BilagDocument.Element e = elements.get(i);
                if (e instanceof Heading h) {
                    BilagDocument.Element next = i + 1 < elements.size() ? elements.get(i + 1) : null;
                    if (next != null && !(next instanceof Heading)) {
                        i++;
                    } else {
                        next = null;
                    }
                    document.add(keepTogether(h, next));
                } else {
                    document.add(element(e));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be built: " + e.getMessage(), e);
        }
    }

    private void header(Document document, BilagDocument doc) throws DocumentException {
        PdfPTable top = new PdfPTable(new float[] {3f, 1.4f});
        top.setWidthPercentage(100f);
        PdfPCell left = new PdfPCell(new Paragraph(doc.administration(), bodyBold));
        PdfPCell right = new PdfPCell(new Paragraph(doc.dateLine(), body));
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (PdfPCell cell : List.of(left, right)) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPaddingBottom(6f);
            cell.setPaddingLeft(0f);
            cell.setPaddingRight(0f);
            top.addCell(cell);
        }
        document.add(top);
        Paragraph t = new Paragraph(doc.title(), title);
        t.setSpacingBefore(26f);
        t.setSpacingAfter(14f);
        document.add(t);
    }

    /** A heading and the block after it in one row that the page break may not separate. */
    private Element keepTogether(Heading heading, BilagDocument.Element next) {
        PdfPTable holder = new PdfPTable(1);
        holder.setWidthPercentage(100f);
        holder.setSplitLate(true);
        holder.setSpacingBefore(heading.level() == 1 ? 12f : 4f);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0f);
        cell.setUseAscender(true);
        Paragraph p = new Paragraph(heading.text(), heading.level() == 1 ? h1 : h2);
        p.setSpacingAfter(heading.level() == 1 ? 6f : 3f);
        cell.addElement(p);
        if (next != null) {
            cell.addElement(element(next));
        }
        holder.addCell(cell);
        return holder;
    }

    private Element element(BilagDocument.Element e) {
        if (e instanceof Text t) {
            Paragraph p = new Paragraph(14.5f, t.text(), body);
            p.setSpacingAfter(7f);
            return p;
        }
        if (e instanceof BulletList b) {
            com.lowagie.text.List list = new com.lowagie.text.List(false, 14f);
            list.setListSymbol(new Chunk("\u2022", body));
            list.setIndentationLeft(10f);
            for (int i = 0; i < b.items().size(); i++) {
                ListItem li = new ListItem(14.5f, b.items().get(i), body);
                li.setSpacingAfter(i == b.items().size() - 1 ? 7f : 2f);
                list.add(li);
            }
            return list;
        }
        if (e instanceof Table t) {
            return table(t);
        }
        if (e instanceof BilagDocument.FigureBlock f) {
            return new Paragraph(Texts.get("bilag.figure.caption", String.valueOf(f.number()), f.figure().caption()), caption);
        }
        if (e instanceof Heading h) {
            return new Paragraph(h.text(), h.level() == 1 ? h1 : h2);
        }
        throw new IllegalArgumentException("unknown element " + e);
    }

    private Element table(Table t) {
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.columns().get(i).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(10f);
        table.setKeepTogether(t.rows().size() <= 12);
        if (!t.caption().isEmpty()) {
            // the caption is the table's first row, so it never stands alone at the foot of a page
            PdfPCell c = new PdfPCell(new Paragraph(14f, t.caption(), caption));
            c.setColspan(widths.length);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPaddingLeft(0f);
            c.setPaddingBottom(4f);
            table.addCell(c);
        }
        table.setHeaderRows(t.caption().isEmpty() ? 1 : 2);
        for (Column c : t.columns()) {
            PdfPCell cell = cell(c.heading(), smallBold, c.numeric());
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(ACCENT);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = cell(row.get(i), small, t.columns().get(i).numeric());
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(new Color(0xd9, 0xd9, 0xd9));
                table.addCell(cell);
            }
        }
        if (t.hasTotals()) {
            for (int i = 0; i < t.totals().size(); i++) {
                PdfPCell cell = cell(t.totals().get(i), smallBold, t.columns().get(i).numeric());
                cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
                cell.setBorderWidthTop(1f);
                cell.setBorderColor(INK);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean numeric) {
        PdfPCell cell = new PdfPCell(new Paragraph(12f, text, font));
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPaddingTop(3f);
        cell.setPaddingBottom(5f);
        cell.setPaddingLeft(4f);
        cell.setPaddingRight(4f);
        return cell;
    }

    /** Running header from page 2 on, and the footer with "Side i af n" (n filled in at the end). */
    private final class PageDecoration extends PdfPageEventHelper {

        private static final float SIZE = 9f;
        private final BilagDocument doc;
        private PdfTemplate total;

        PageDecoration(BilagDocument doc) {
            this.doc = doc;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(60f, 16f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float footerY = page.getBottom() + MARGIN / 2f;
            String[] parts = Texts.get("bilag.page", String.valueOf(writer.getPageNumber()), "\u0001").split("\u0001", -1);
            String prefix = parts[0];
            String suffix = parts.length > 1 ? parts[1] : "";

            cb.saveState();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(left, footerY + 12f);
            cb.lineTo(right, footerY + 12f);
            cb.stroke();
            cb.setColorFill(MUTED);
            cb.beginText();
            cb.setFontAndSize(regular, SIZE);
            cb.showTextAligned(Element.ALIGN_LEFT, prefix, left, footerY, 0f);
            cb.showTextAligned(Element.ALIGN_RIGHT, doc.footer(), right, footerY, 0f);
            if (writer.getPageNumber() > 1) {
                float headerY = page.getTop() - MARGIN / 2f;
                cb.showTextAligned(Element.ALIGN_LEFT, doc.title(), left, headerY, 0f);
                cb.showTextAligned(Element.ALIGN_RIGHT, doc.administration(), right, headerY, 0f);
            }
            cb.endText();
            float prefixWidth = regular.getWidthPoint(prefix, SIZE);
            cb.addTemplate(total, left + prefixWidth, footerY);
            if (!suffix.isEmpty()) {
                cb.beginText();
                cb.setFontAndSize(regular, SIZE);
                cb.showTextAligned(Element.ALIGN_LEFT, suffix, left + prefixWidth + 20f, footerY, 0f);
                cb.endText();
            }
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setColorFill(MUTED);
            total.setFontAndSize(regular, SIZE);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
