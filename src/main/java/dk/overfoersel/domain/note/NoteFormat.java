package dk.overfoersel.domain.note;

import dk.overfoersel.domain.DanishFormat;
import java.math.BigDecimal;

/** Danish formats of a note's amounts (whole thousands): {@code 28.300}, {@code -900}, {@code +100}. */
public final class NoteFormat {

    private NoteFormat() {
    }

    /** {@code 160.100}, {@code -900}. */
    public static String thousands(long amount) {
        return DanishFormat.decimal(BigDecimal.valueOf(amount));
    }

    /** {@code +100}, {@code -900}, {@code 0}. */
    public static String signed(long amount) {
        return amount > 0 ? "+" + thousands(amount) : thousands(amount);
    }
}
