package dk.overfoersel.document;

import dk.overfoersel.document.markup.Markup;
import dk.overfoersel.document.markup.Markup.Inline;
import dk.overfoersel.document.markup.Markup.Item;
import dk.overfoersel.document.markup.Markup.Items;
import dk.overfoersel.document.markup.Markup.NoteRef;
import dk.overfoersel.document.markup.Markup.Para;
import dk.overfoersel.document.markup.Markup.Quote;
import dk.overfoersel.document.markup.Markup.Run;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A transfer's own text in Word: paragraphs with italic and bold runs, real Word lists (bullets and
 * numbers, one level of nesting, through Word's numbering), quotations in the Quote style and
 * footnotes as real Word footnotes at the foot of the page. Amounts and dates get no-break spaces.
 */
final class DocxText {

    static final String STYLE_FOOTNOTE_REFERENCE = "FootnoteReference";

    private final XWPFDocument word;
    private final BigInteger bullets;
    private final Map<Integer, Markup.Note> notes;

    DocxText(XWPFDocument word, BigInteger bullets, Map<Integer, Markup.Note> notes) {
        this.word = word;
        this.bullets = bullets;
        this.notes = notes;
    }

    /** Plain text in a paragraph, with no-break spaces in amounts and dates. */
    static void plain(XWPFParagraph p, String text) {
        p.createRun().setText(Typography.noBreak(text));
    }

    void block(Markup.Block block, int quoteDepth) {
        if (block instanceof Para p) {
            XWPFParagraph par = word.createParagraph();
            if (quoteDepth > 0) {
                par.setStyle(DocxBilagRenderer.STYLE_QUOTE);
            }
            inlines(par, p.inlines());
        } else if (block instanceof Items items) {
            list(items, 0, items.ordered() ? numbered(items.start()) : bullets);
        } else if (block instanceof Quote q) {
            for (Markup.Block b : q.blocks()) {
                block(b, quoteDepth + 1);
            }
        }
    }

    private void list(Items items, int level, BigInteger numId) {
        for (Item item : items.items()) {
            boolean first = true;
            for (Markup.Block b : item.blocks()) {
                if (b instanceof Para p) {
                    XWPFParagraph par = word.createParagraph();
                    par.setStyle(DocxBilagRenderer.STYLE_LIST);
                    par.setSpacingAfter(60);
                    if (first) {
                        par.setNumID(numId);
                        par.setNumILvl(BigInteger.valueOf(level));
                    } else {
                        par.setIndentationLeft(720 * (level + 1));
                    }
                    inlines(par, p.inlines());
                    first = false;
                } else if (b instanceof Items nested) {
                    list(nested, Math.min(level + 1, 1), nested.ordered() == items.ordered() && !nested.ordered()
                            ? numId : (nested.ordered() ? numbered(nested.start()) : bullets));
                } else {
                    block(b, 0);
                }
            }
        }
    }

    private void inlines(XWPFParagraph par, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Run r) {
                XWPFRun run = par.createRun();
                run.setText(Typography.noBreak(r.text()));
                run.setItalic(r.italic());
                run.setBold(r.bold());
            } else if (i instanceof NoteRef ref) {
                footnote(par, ref.number());
            }
        }
    }

    private void footnote(XWPFParagraph par, int number) {
        Markup.Note note = notes.get(number);
        if (note == null) {
            return;
        }
        XWPFFootnote fn = word.createFootnote();
        XWPFParagraph fp = fn.createParagraph();
        fp.setStyle(DocxBilagRenderer.STYLE_FOOTNOTE);
        XWPFRun mark = fp.createRun();
        mark.setStyle(STYLE_FOOTNOTE_REFERENCE);
        mark.getCTR().addNewFootnoteRef();
        fp.createRun().setText(" ");
        for (Markup.Block b : note.blocks()) {
            if (b instanceof Para p) {
                inlines(fp, p.inlines());
            }
        }
        XWPFRun ref = par.createRun();
        ref.setStyle(STYLE_FOOTNOTE_REFERENCE);
        ref.getCTR().addNewFootnoteReference().setId(fn.getId());
    }

    /** A numbered list's own numbering, so each list counts from its start. */
    private BigInteger numbered(int start) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(100 + word.getNumbering().getAbstractNums().size()));
        level(abs, 0, STNumberFormat.DECIMAL, "%1.", start);
        level(abs, 1, STNumberFormat.LOWER_LETTER, "%2)", 1);
        BigInteger abstractId = word.getNumbering().addAbstractNum(new XWPFAbstractNum(abs, word.getNumbering()));
        return word.getNumbering().addNum(abstractId);
    }

    static void level(CTAbstractNum abs, int level, STNumberFormat.Enum format, String text, int start) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.valueOf(start));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(720 * (level + 1)));
        ind.setHanging(BigInteger.valueOf(360));
    }
}
