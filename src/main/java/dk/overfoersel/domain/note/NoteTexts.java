package dk.overfoersel.domain.note;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.rule.Limits;
import dk.overfoersel.domain.rule.TextRules;
import dk.overfoersel.domain.rule.Violation;
import dk.overfoersel.domain.rule.Violations;

/**
 * A note's texts follow the transfers' text rules ({@link TextRules}): within their length, no
 * control character (line breaks only in the long texts), no half of a surrogate pair — what an
 * Excel file or a PDF cannot hold is refused where it enters.
 */
final class NoteTexts {

    private NoteTexts() {
    }

    /** A one-line text (heading, row label): at most {@link Limits#TITLE} characters. */
    static void line(String text, String labelKey) {
        check(text, labelKey, Limits.TITLE, false);
    }

    /** A one-line text of at most {@code max} characters (the note's code, title, administration). */
    static void line(String text, String labelKey, int max) {
        check(text, labelKey, max, false);
    }

    /** A long text (a section's text, Tabel 1): line breaks allowed. */
    static void longText(String text, String labelKey) {
        check(text, labelKey, Limits.LONG_TEXT, true);
    }

    private static void check(String text, String labelKey, int max, boolean multiLine) {
        Violations v = new Violations();
        TextRules.check(v, "", labelKey, text, max, false, multiLine);
        if (!v.isEmpty()) {
            throw new DomainException(v.list().stream().map(Violation::sentence).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }
}
