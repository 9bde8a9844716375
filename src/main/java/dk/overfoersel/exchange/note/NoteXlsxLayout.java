package dk.overfoersel.exchange.note;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.NoteTableKind;
import org.apache.poi.ss.util.CellReference;

/**
 * Where things are in a budget note's workbook. Sheets: "Notat" (the note's details in A/B),
 * "Afsnit" (heading, text), "Tabel 1" (activity, effect) and one sheet per multi-year table:
 * a heading row (area for Tabel 2–3, text, one column per year, "I alt", for Tabel 5 "Konverterer
 * fra"), the rows, a blank row, the computed totals (formulas), a blank row and the stated totals.
 */
final class NoteXlsxLayout {

    static final int ROW_CODE = 0;
    static final int ROW_TITLE = 1;
    static final int ROW_ADMINISTRATION = 2;
    static final int ROW_DATE = 3;
    static final int ROW_PRICE_LEVEL = 4;
    static final int ROW_PERMANENT_FROM = 5;

    private NoteXlsxLayout() {
    }

    static String noteSheet() {
        return Texts.get("note.xlsx.sheet.note");
    }

    static String sectionsSheet() {
        return Texts.get("note.xlsx.sheet.sections");
    }

    static String activitiesSheet() {
        return Texts.get("note.table.label", "1");
    }

    static String sheet(NoteTableKind kind) {
        return kind.label();
    }

    /** The first column of the years: after area (if any) and text. */
    static int firstYearColumn(NoteTableKind kind) {
        return kind.hasAreas() ? 2 : 1;
    }

    static int labelColumn(NoteTableKind kind) {
        return kind.hasAreas() ? 1 : 0;
    }

    static String stated() {
        return Texts.get("note.xlsx.stated");
    }

    static String col(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** {@code Tabel 2!C5} for row 4, column 2 (0-based). */
    static String address(String sheet, int row, int column) {
        return sheet + "!" + col(column) + (row + 1);
    }
}
