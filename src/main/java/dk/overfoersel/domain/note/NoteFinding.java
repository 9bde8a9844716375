package dk.overfoersel.domain.note;

import dk.overfoersel.domain.Texts;

/**
 * A disagreement in a note's figures, naming table, year and (where it has one) area or source.
 *
 * @param area   the steering area compared, or null
 * @param source the Tabel 4 row a conversion names, or null
 * @param stated what the other side says: Tabel 2's total, the stated total, or the allocation
 * @param actual what the rows of this table give
 */
public record NoteFinding(Code code, NoteTableKind table, int year, Area area, String source, long stated, long actual) {

    public enum Code {
        /** Tabel 3's total for an area and year differs from Tabel 2's. */
        COMMITTEE_TOTAL_DIFFERS,
        /** A total the note was written with differs from what its rows give. */
        STATED_TOTAL_DIFFERS,
        /** Conversions from a Tabel 4 row exceed that row's allocation in the year. */
        CONVERSION_EXCEEDS_SOURCE
    }

    /** The difference: this table's figure minus the other side's. */
    public long difference() {
        return actual - stated;
    }

    /** A Danish sentence naming table, year, area and the difference. */
    public String message() {
        String t = table.label();
        String y = String.valueOf(year);
        String diff = NoteFormat.signed(difference());
        return switch (code) {
            case COMMITTEE_TOTAL_DIFFERS -> Texts.get("note.check.committee", t, y, area.label(),
                    NoteFormat.thousands(actual), NoteFormat.thousands(stated), diff);
            case STATED_TOTAL_DIFFERS -> area == null
                    ? Texts.get("note.check.stated", t, y, NoteFormat.thousands(stated), NoteFormat.thousands(actual),
                            NoteFormat.thousands(Math.abs(difference())))
                    : Texts.get("note.check.statedArea", t, y, area.label(), NoteFormat.thousands(stated),
                            NoteFormat.thousands(actual), NoteFormat.thousands(Math.abs(difference())));
            case CONVERSION_EXCEEDS_SOURCE -> Texts.get("note.check.conversion", t, y, source,
                    NoteFormat.thousands(actual), NoteFormat.thousands(stated), NoteFormat.thousands(difference()));
        };
    }
}
