package dk.overfoersel.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the user may choose about the appendix: its number ("Bilag 2"), the date it carries, an
 * optional case number ("Sagsnr. 2009-0012345", empty for none) and whether page 1 names the
 * committee it goes to.
 */
public record BilagOptions(int number, LocalDate date, String caseNumber, boolean showCommittee) {

    public static final int DEFAULT_NUMBER = 2;

    public BilagOptions {
        Objects.requireNonNull(date, "date");
        caseNumber = caseNumber == null ? "" : caseNumber.strip();
        if (number <= 0) {
            throw new IllegalArgumentException("the appendix number must be positive, got " + number);
        }
    }

    /** Number and date; no case number; the committee named. */
    public BilagOptions(int number, LocalDate date) {
        this(number, date, "", true);
    }

    /** Bilag 2, dated today. */
    public static BilagOptions defaults() {
        return new BilagOptions(DEFAULT_NUMBER, LocalDate.now());
    }

    public BilagOptions withDate(LocalDate newDate) {
        return new BilagOptions(number, newDate, caseNumber, showCommittee);
    }
}
