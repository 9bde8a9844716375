package dk.overfoersel.document;

import java.time.LocalDate;
import java.util.Objects;

/** What the user may choose about the appendix: its number ("Bilag 2") and the date it carries. */
public record BilagOptions(int number, LocalDate date) {

    public static final int DEFAULT_NUMBER = 2;

    public BilagOptions {
        Objects.requireNonNull(date, "date");
        if (number <= 0) {
            throw new IllegalArgumentException("the appendix number must be positive, got " + number);
        }
    }

    /** Bilag 2, dated today. */
    public static BilagOptions defaults() {
        return new BilagOptions(DEFAULT_NUMBER, LocalDate.now());
    }
}
