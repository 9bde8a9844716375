package dk.overfoersel.domain.note;

import dk.overfoersel.domain.Texts;

/** The multi-year tables of a budget note, with their number in the printed note. */
public enum NoteTableKind {
    EXPENDITURE(2, true),
    BY_COMMITTEE(3, true),
    EARLIER_FUNDS(4, false),
    CONVERSIONS(5, false);

    private final int number;
    private final boolean hasAreas;

    NoteTableKind(int number, boolean hasAreas) {
        this.number = number;
        this.hasAreas = hasAreas;
    }

    /** "Tabel 2" … "Tabel 5". */
    public int number() {
        return number;
    }

    /** Whether its rows carry a steering area (Tabel 2 and 3). */
    public boolean hasAreas() {
        return hasAreas;
    }

    /** "Tabel 5". */
    public String label() {
        return Texts.get("note.table.label", String.valueOf(number));
    }
}
