package dk.overfoersel.document.note;

import static dk.overfoersel.domain.note.NoteFormat.thousands;

import dk.overfoersel.document.BilagDocument;
import dk.overfoersel.document.BilagDocument.BulletList;
import dk.overfoersel.document.BilagDocument.Column;
import dk.overfoersel.document.BilagDocument.Element;
import dk.overfoersel.document.BilagDocument.Heading;
import dk.overfoersel.document.BilagDocument.Table;
import dk.overfoersel.document.BilagDocument.Text;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.TextBlocks;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Activity;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A budget note as a document, in the layout of the seed: heading with administration and date,
 * the sections, Tabel 1 before "Økonomi", Tabel 2 in "Økonomi", and "Bilag. Tekniske oplysninger"
 * with Tabel 3–5. Built on the appendix's document model, so the same PDF and Word renderers draw it.
 * Every total is computed from the rows; figures in Danish format.
 */
public final class NoteDocumentBuilder {

    private NoteDocumentBuilder() {
    }

    public static BilagDocument build(BudgetNote note) {
        List<Element> body = new ArrayList<>();
        String economy = Texts.get("note.doc.economy");
        boolean economyDone = false;
        for (Section section : note.sections()) {
            boolean isEconomy = section.heading().toLowerCase(Locale.ROOT).equals(economy.toLowerCase(Locale.ROOT));
            if (isEconomy && !economyDone) {
                activities(note, body);
            }
            body.add(new Heading(1, section.heading()));
            text(section.text(), body);
            if (isEconomy && !economyDone) {
                expenditure(note, body);
                economyDone = true;
            }
        }
        if (!economyDone) {
            activities(note, body);
            body.add(new Heading(1, economy));
            body.add(new Text(Texts.get("note.doc.permanent", String.valueOf(note.permanentFrom()))));
            expenditure(note, body);
        }
        if (note.byCommittee() != null || note.earlierFunds() != null || note.conversions() != null) {
            body.add(new Heading(1, Texts.get("note.doc.appendix")));
            if (note.byCommittee() != null) {
                byCommittee(note, body);
            }
            if (note.earlierFunds() != null) {
                simple(note.earlierFunds(), Texts.get("note.doc.table4"), Texts.get("note.doc.table4.total"), body);
            }
            if (note.conversions() != null) {
                simple(note.conversions(), Texts.get("note.doc.table5"), Texts.get("note.doc.table5.total"), body);
            }
        }
        String title = note.code() + " – " + note.title();
        return new BilagDocument(note.administration(), DanishFormat.date(note.date()), title,
                Texts.get("note.doc.subject", note.code()),
                Texts.get("note.doc.footer", note.administration(), note.code()), body);
    }

    private static void text(String text, List<Element> body) {
        for (TextBlocks.Block block : TextBlocks.parse(text)) {
            if (block instanceof TextBlocks.Paragraph p) {
                body.add(new Text(p.text()));
            } else if (block instanceof TextBlocks.Bullets b) {
                body.add(new BulletList(b.items()));
            }
        }
    }

    private static void activities(BudgetNote note, List<Element> body) {
        if (note.activities().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Activity a : note.activities()) {
            rows.add(List.of(a.activity(), a.effect()));
        }
        body.add(new Table(Texts.get("note.doc.table1"), List.of(
                new Column(Texts.get("note.doc.table1.activity"), false, 1f),
                new Column(Texts.get("note.doc.table1.effect"), false, 1.6f)), rows, List.of()));
    }

    private static String unit(BudgetNote note) {
        return Texts.get("note.doc.unit", String.valueOf(note.priceLevel()));
    }

    /** Tabel 2: one block per steering area with its total in bold, then the grand total when there are several. */
    private static void expenditure(BudgetNote note, List<Element> body) {
        NoteTable t = note.expenditure();
        List<Area> areas = t.areas();
        String caption = Texts.get("note.doc.table2") + " " + unit(note);
        if (areas.isEmpty()) {
            body.add(new Table(caption, columns(t, null), List.of(), totalsRow(Texts.get("note.total"), t.totals(), true)));
            return;
        }
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            List<List<String>> rows = new ArrayList<>();
            for (NoteRow row : t.rowsOf(area)) {
                rows.add(row(row.label(), row.amounts(), true));
            }
            body.add(new Table(i == 0 ? caption : "", columns(t, area.label()), rows,
                    totalsRow(area.totalLabel(), t.totals(area), true)));
        }
        if (areas.size() > 1) {
            body.add(new Table("", columns(t, ""), List.of(), totalsRow(Texts.get("note.doc.table2.total"), t.totals(), true)));
        }
    }

    /** Tabel 3: committee, steering area, one column per year and "I alt". */
    private static void byCommittee(BudgetNote note, List<Element> body) {
        NoteTable t = note.byCommittee();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Texts.get("note.doc.table3.committee"), false, 3f));
        columns.add(new Column(Texts.get("note.doc.table3.area"), false, 1.6f));
        yearColumns(t, columns);
        List<List<String>> rows = new ArrayList<>();
        for (NoteRow row : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            cells.add(row.area().label());
            cells.addAll(row(null, row.amounts(), true));
            rows.add(cells);
        }
        List<String> totals = new ArrayList<>();
        totals.add(Texts.get("note.total"));
        totals.add("");
        totals.addAll(totalsRow(null, t.totals(), true));
        body.add(new Table(Texts.get("note.doc.table3") + " " + unit(note), columns, rows, totals));
    }

    private static void simple(NoteTable t, String caption, String totalLabel, List<Element> body) {
        List<List<String>> rows = new ArrayList<>();
        for (NoteRow row : t.rows()) {
            rows.add(row(row.label(), row.amounts(), false));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("", false, 3.4f));
        for (int year : t.years()) {
            columns.add(new Column(String.valueOf(year), true, 1f));
        }
        List<String> totals = new ArrayList<>();
        totals.add(totalLabel);
        for (long v : t.totals()) {
            totals.add(thousands(v));
        }
        body.add(new Table(caption, columns, rows, totals));
    }

    private static List<Column> columns(NoteTable t, String firstHeading) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(firstHeading == null ? "" : firstHeading, false, 3.4f));
        yearColumns(t, columns);
        return columns;
    }

    private static void yearColumns(NoteTable t, List<Column> columns) {
        for (int year : t.years()) {
            columns.add(new Column(String.valueOf(year), true, 1f));
        }
        columns.add(new Column(Texts.get("note.total"), true, 1.1f));
    }

    /** Label (if any), the amounts and (if asked) their sum. */
    private static List<String> row(String label, List<Long> amounts, boolean withSum) {
        List<String> cells = new ArrayList<>();
        if (label != null) {
            cells.add(label);
        }
        long sum = 0;
        for (long a : amounts) {
            cells.add(thousands(a));
            sum += a;
        }
        if (withSum) {
            cells.add(thousands(sum));
        }
        return cells;
    }

    private static List<String> totalsRow(String label, List<Long> totals, boolean withSum) {
        return row(label, totals, withSum);
    }
}
