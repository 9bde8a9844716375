package dk.overfoersel.document;

import dk.overfoersel.document.BilagDocument.BulletList;
import dk.overfoersel.document.BilagDocument.Column;
import dk.overfoersel.document.BilagDocument.FigureBlock;
import dk.overfoersel.document.BilagDocument.Heading;
import dk.overfoersel.document.BilagDocument.Notes;
import dk.overfoersel.document.BilagDocument.Rich;
import dk.overfoersel.document.markup.Markup;
import dk.overfoersel.document.BilagDocument.Table;
import dk.overfoersel.document.BilagDocument.Text;
import dk.overfoersel.domain.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The appendix as Word (Apache POI): real styles (Title, Heading 1, Heading 2 with "keep with
 * next", List Paragraph), bullets through Word's numbering, tables, a footer with the PAGE and
 * NUMPAGES fields ("Side 1 af 5"), A4 with 2,5 cm margins, and title/author in the core
 * properties, so the secretariat can go on editing it.
 */
public final class DocxBilagRenderer {

    public static final String STYLE_TITLE = "Title";
    public static final String STYLE_HEADING_1 = "Heading1";
    public static final String STYLE_HEADING_2 = "Heading2";
    public static final String STYLE_LIST = "ListParagraph";
    public static final String STYLE_CAPTION = "Caption";
    public static final String STYLE_TABLE = "TableText";
    public static final String STYLE_TABLE_KEEP = "TableTextKeep";
    public static final String STYLE_QUOTE = "Quote";
    public static final String STYLE_FOOTNOTE = "FootnoteText";
    public static final String STYLE_GRID = "BilagTable";

    /** Text width of A4 with 2,5 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 2 * 1418;
    private static final String ACCENT = "1F3864";
    private static final String MUTED = "595959";

    public void render(BilagDocument doc, OutputStream out) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            styles(word);
            BigInteger bullets = bulletNumbering(word);
            var core = word.getProperties().getCoreProperties();
            core.setTitle(doc.title());
            core.setCreator(doc.administration());
            core.setSubjectProperty(doc.subject());
            word.getProperties().getExtendedProperties().setApplication("Overførsel");

            XWPFParagraph top = word.createParagraph();
            top.setSpacingAfter(360);
            XWPFRun admin = top.createRun();
            admin.setBold(true);
            admin.setText(doc.administration());
            admin.addTab();
            admin.setText(doc.dateLine());
            rightTab(top);
            top.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);

            XWPFParagraph title = word.createParagraph();
            title.setStyle(STYLE_TITLE);
            title.createRun().setText(doc.title());

            Map<Integer, Markup.Note> notes = new HashMap<>();
            for (BilagDocument.Element e : doc.body()) {
                if (e instanceof Notes n) {
                    n.notes().forEach(note -> notes.put(note.number(), note));
                }
            }
            DocxText text = new DocxText(word, bullets, notes);
            for (BilagDocument.Element e : doc.body()) {
                if (e instanceof Heading h) {
                    XWPFParagraph p = word.createParagraph();
                    p.setStyle(h.level() == 1 ? STYLE_HEADING_1 : STYLE_HEADING_2);
                    p.createRun().setText(h.text());
                } else if (e instanceof Text t) {
                    DocxText.plain(word.createParagraph(), t.text());
                } else if (e instanceof BulletList b) {
                    for (String item : b.items()) {
                        XWPFParagraph p = word.createParagraph();
                        p.setStyle(STYLE_LIST);
                        p.setNumID(bullets);
                        p.setNumILvl(BigInteger.ZERO);
                        p.setSpacingAfter(60);
                        DocxText.plain(p, item);
                    }
                    word.getParagraphs().get(word.getParagraphs().size() - 1).setSpacingAfter(160);
                } else if (e instanceof Table t) {
                    table(word, t);
                } else if (e instanceof FigureBlock f) {
                    DocxFigures.add(word, f);
                } else if (e instanceof Rich r) {
                    text.block(r.block(), 0);
                }
                // Notes: already placed as Word footnotes where they are referred to
            }
            // the section properties (page, header, footer) come last in the body; made after the
            // paragraphs, so each new paragraph is appended instead of inserted before them
            page(word);
            headerAndFooter(word, doc);
            compatibility(word);
            word.write(out);
        }
    }

    private static void table(XWPFDocument word, Table t) {
        if (!t.caption().isEmpty()) {
            XWPFParagraph caption = word.createParagraph();
            caption.setStyle(STYLE_CAPTION);
            caption.createRun().setText(t.caption());
        }
        int rows = 1 + t.rows().size() + t.subtotals().size() + (t.hasTotals() ? 1 : 0);
        XWPFTable table = word.createTable(rows, t.columns().size());
        table.setStyleID(STYLE_GRID);
        var tblPr = table.getCTTbl().getTblPr();
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders(); // the borders come from the table style
        }
        String description = t.caption().isEmpty() ? Texts.get("bilag.summary.heading") : t.caption();
        altText(tblPr, description, Texts.get("bilag.table.description", description, String.valueOf(t.rows().size())));
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.LEFT);
        float sum = 0f;
        for (Column c : t.columns()) {
            sum += c.width();
        }
        int[] widths = new int[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.round(TEXT_WIDTH * t.columns().get(i).width() / sum);
        }
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < widths.length; i++) {
            Column c = t.columns().get(i);
            width(header.getCell(i), widths[i]);
            fill(header.getCell(i), c.heading(), true, c.numeric(), true);
            header.getCell(i).setColor("E7ECF3");
            header.getCell(i).getCTTc().getTcPr().getShd()
                    .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
        }
        // a short table is kept on one page: every row but the last is "kept with next"
        boolean keep = t.rows().size() <= 12;
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = t.rows().get(r);
            boolean keepRow = keep && (t.hasTotals() || r < t.rows().size() - 1);
            for (int i = 0; i < widths.length; i++) {
                fill(row.getCell(i), cells.get(i), false, t.columns().get(i).numeric(), keepRow);
            }
        }
        for (int r = 0; r < t.subtotals().size(); r++) {
            XWPFTableRow row = table.getRow(1 + t.rows().size() + r);
            row.setCantSplitRow(true);
            for (int i = 0; i < widths.length; i++) {
                fill(row.getCell(i), t.subtotals().get(r).get(i), false, t.columns().get(i).numeric(), keep);
            }
        }
        if (t.hasTotals()) {
            XWPFTableRow row = table.getRow(rows - 1);
            for (int i = 0; i < widths.length; i++) {
                fill(row.getCell(i), t.totals().get(i), true, t.columns().get(i).numeric(), false);
            }
        }
        // a little air after the table
        word.createParagraph().setSpacingAfter(0);
    }

    /**
     * One cell: the text in a table paragraph style (size and spacing come from the style, not
     * from each run: a long closing table stays small and quick to write).
     */
    private static void fill(XWPFTableCell cell, String text, boolean bold, boolean numeric, boolean keepWithNext) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(keepWithNext ? STYLE_TABLE_KEEP : STYLE_TABLE);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        if (!text.isEmpty()) {
            XWPFRun run = p.createRun();
            run.setText(text);
            if (bold) {
                run.setBold(true);
            }
        }
    }

    private static void width(XWPFTableCell cell, int width) {
        CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
    }

    // ---- styles, numbering, page ------------------------------------------------------------

    private static void styles(XWPFDocument word) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(Fonts.WORD_FAMILY);
        fonts.setHAnsi(Fonts.WORD_FAMILY);
        fonts.setCs(Fonts.WORD_FAMILY);
        fonts.setEastAsia(Fonts.WORD_FAMILY);
        defaults.addNewSz().setVal(BigInteger.valueOf(22));
        defaults.addNewLang().setVal("da-DK");
        var pDefaults = ct.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing();
        pDefaults.setAfter(BigInteger.valueOf(140));
        pDefaults.setLine(BigInteger.valueOf(264));

        CTStyle normal = style(ct, "Normal", "Normal", null);
        normal.setDefault(true);
        CTStyle title = style(ct, STYLE_TITLE, "Title", "Normal");
        run(title, 40, true, ACCENT);
        spacing(title, 240, 240).addNewKeepNext();
        CTStyle h1 = style(ct, STYLE_HEADING_1, "heading 1", "Normal");
        run(h1, 28, true, ACCENT);
        outline(spacing(h1, 360, 120), 0);
        CTStyle h2 = style(ct, STYLE_HEADING_2, "heading 2", "Normal");
        run(h2, 23, true, "1A1A1A");
        outline(spacing(h2, 200, 60), 1);
        CTStyle list = style(ct, STYLE_LIST, "List Paragraph", "Normal");
        list.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        CTStyle caption = style(ct, STYLE_CAPTION, "caption", "Normal");
        run(caption, 20, true, MUTED);
        spacing(caption, 120, 60).addNewKeepNext();

        CTStyle quote = style(ct, STYLE_QUOTE, "Quote", "Normal");
        quote.addNewRPr().addNewI();
        var qind = quote.addNewPPr().addNewInd();
        qind.setLeft(BigInteger.valueOf(567));
        qind.setRight(BigInteger.valueOf(567));
        CTStyle footnote = style(ct, STYLE_FOOTNOTE, "footnote text", "Normal");
        run(footnote, 18, false, "1A1A1A");
        spacing(footnote, 0, 40);
        CTStyle noteRef = ct.addNewStyle();
        noteRef.setType(STStyleType.CHARACTER);
        noteRef.setStyleId(DocxText.STYLE_FOOTNOTE_REFERENCE);
        noteRef.addNewName().setVal("footnote reference");
        noteRef.addNewRPr().addNewVertAlign().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT);
        tableStyle(ct);

        CTStyle tableText = style(ct, STYLE_TABLE, "Table Text", "Normal");
        run(tableText, 19, false, "1A1A1A");
        spacing(tableText, 20, 20);
        CTStyle tableKeep = style(ct, STYLE_TABLE_KEEP, "Table Text Keep", STYLE_TABLE);
        tableKeep.addNewPPr().addNewKeepNext();

        XWPFStyles styles = word.createStyles();
        styles.setStyles(ct);
    }

    /**
     * A table's alt text (w:tblCaption, w:tblDescription: the last children of w:tblPr). POI's schema
     * subset has no classes for them, so they are written through a cursor.
     */
    private static void altText(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr tblPr, String caption,
                                String description) {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (org.apache.xmlbeans.XmlCursor c = tblPr.newCursor()) {
            c.toEndToken();
            for (String[] e : new String[][] {{"tblCaption", caption}, {"tblDescription", description}}) {
                c.beginElement(new javax.xml.namespace.QName(w, e[0], "w"));
                c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "val", "w"), e[1]);
                c.toEndToken();
                c.toNextToken();
            }
        }
    }

    /** The tables' look as a table style (a rule under the heading row, thin rules between rows). */
    private static void tableStyle(CTStyles ct) {
        CTStyle s = ct.addNewStyle();
        s.setType(STStyleType.TABLE);
        s.setStyleId(STYLE_GRID);
        s.addNewName().setVal("Bilag Table");
        s.addNewBasedOn().setVal("TableNormal");
        // POI's schema subset has no class for a style's table properties: written through a cursor
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (org.apache.xmlbeans.XmlCursor c = s.newCursor()) {
            c.toEndToken();
            c.beginElement(new javax.xml.namespace.QName(w, "tblPr", "w"));
            c.beginElement(new javax.xml.namespace.QName(w, "tblBorders", "w"));
            border(c, w, "top", "nil", 0, "auto");
            border(c, w, "bottom", "single", 8, "1A1A1A");
            border(c, w, "insideH", "single", 4, "D9D9D9");
            c.toEndToken();
            c.toNextToken(); // after tblBorders
            c.beginElement(new javax.xml.namespace.QName(w, "tblCellMar", "w"));
            for (String side : new String[] {"left", "right"}) {
                c.beginElement(new javax.xml.namespace.QName(w, side, "w"));
                c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "w", "w"), "80");
                c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "type", "w"), "dxa");
                c.toEndToken();
                c.toNextToken();
            }
        }
    }

    private static void border(org.apache.xmlbeans.XmlCursor c, String w, String side, String val, int size, String color) {
        c.beginElement(new javax.xml.namespace.QName(w, side, "w"));
        c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "val", "w"), val);
        if (size > 0) {
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "sz", "w"), String.valueOf(size));
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "color", "w"), color);
        }
        c.toEndToken();
        c.toNextToken();
    }

    private static CTStyle style(CTStyles ct, String id, String name, String basedOn) {
        CTStyle s = ct.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        return s;
    }

    private static void run(CTStyle s, int halfPoints, boolean bold, String color) {
        CTRPr r = s.addNewRPr();
        if (bold) {
            r.addNewB();
        }
        r.addNewColor().setVal(color);
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }

    private static CTPPrGeneral spacing(CTStyle s, int before, int after) {
        CTPPrGeneral p = s.isSetPPr() ? s.getPPr() : s.addNewPPr();
        var sp = p.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
        return p;
    }

    /** A heading: an outline level (for the navigation pane) and kept with the next paragraph. */
    private static void outline(CTPPrGeneral p, int level) {
        p.addNewKeepNext();
        p.addNewKeepLines();
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    }

    private static BigInteger bulletNumbering(XWPFDocument word) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("\u2022");
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(720));
        ind.setHanging(BigInteger.valueOf(360));
        DocxText.level(abs, 1, STNumberFormat.BULLET, "\u2013", 1);
        XWPFNumbering numbering = word.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }

    private static void page(XWPFDocument word) {
        var body = word.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1418));
        mar.setBottom(BigInteger.valueOf(1418));
        mar.setLeft(BigInteger.valueOf(1418));
        mar.setRight(BigInteger.valueOf(1418));
        mar.setHeader(BigInteger.valueOf(709));
        mar.setFooter(BigInteger.valueOf(709));
    }

    /** compatibilityMode 15: Word opens the document as a Word 2013+ document, not in compatibility mode. */
    private static void compatibility(XWPFDocument word) {
        var settings = word.getSettings();
        try {
            java.lang.reflect.Method m = settings.getClass().getDeclaredMethod("getCTSettings");
            m.setAccessible(true);
            var ct = (org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings) m.invoke(settings);
            // POI's schema subset has no CTCompat: the element is written through a cursor, after
            // the few settings POI writes (w:zoom), where the schema's order puts it
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            try (org.apache.xmlbeans.XmlCursor c = ct.newCursor()) {
                c.toEndToken();
                c.beginElement(new javax.xml.namespace.QName(w, "compat", "w"));
                c.beginElement(new javax.xml.namespace.QName(w, "compatSetting", "w"));
                c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "name", "w"), "compatibilityMode");
                c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
                c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "val", "w"), "15");
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Word settings could not be written", e);
        }
    }

    private static void headerAndFooter(XWPFDocument word, BilagDocument doc) {
        // page 1 carries the letterhead in the body: its own (empty) header, the running title from page 2
        word.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = word.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun hr = h.createRun();
        hr.setText(doc.title());
        hr.setFontSize(9);
        hr.setColor(MUTED);

        for (HeaderFooterType type : List.of(HeaderFooterType.DEFAULT, HeaderFooterType.FIRST)) {
            footer(word.createFooter(type).createParagraph(), doc);
        }
    }

    private static void footer(XWPFParagraph f, BilagDocument doc) {
        String[] parts = Texts.get("bilag.page", "\u0001", "\u0002").split("[\u0001\u0002]", -1);
        text(f, parts[0]);
        field(f, "PAGE");
        text(f, parts.length > 1 ? parts[1] : "");
        field(f, "NUMPAGES");
        text(f, parts.length > 2 ? parts[2] : "");
        f.createRun().addTab();
        text(f, doc.footer());
        rightTab(f);
    }

    /** A right-aligned tab stop at the right margin. */
    private static void rightTab(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var tab = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
    }

    private static void text(XWPFParagraph p, String text) {
        if (!text.isEmpty()) {
            XWPFRun r = p.createRun();
            r.setText(text);
            r.setFontSize(9);
            r.setColor(MUTED);
        }
    }

    private static void field(XWPFParagraph p, String instruction) {
        var field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        var r = field.addNewR();
        r.addNewT().setStringValue("1");
        CTRPr rpr = r.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(18));
        rpr.addNewColor().setVal(MUTED);
    }
}
