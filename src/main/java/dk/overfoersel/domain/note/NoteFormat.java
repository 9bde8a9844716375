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

    /**
     * Parses whole thousands as a Dane types them: {@code 1.234}, {@code 1234}, {@code -900},
     * {@code −900}, {@code 0}; empty is 0.
     *
     * @throws dk.overfoersel.domain.DomainException with a Danish message otherwise
     */
    public static long parseThousands(String text) {
        String s = text == null ? "" : text.strip().replace('\u2212', '-').replace("\u00a0", "").replace(" ", "");
        if (s.isEmpty()) {
            return 0;
        }
        if (!s.matches("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)")) {
            throw new dk.overfoersel.domain.DomainException(
                    dk.overfoersel.domain.Texts.get("note.rule.notThousands", text.strip()));
        }
        BigDecimal value = new BigDecimal(s.replace(".", "").replace("+", ""));
        if (value.abs().compareTo(BigDecimal.valueOf(NoteRow.MAX_AMOUNT)) > 0) {
            throw new dk.overfoersel.domain.DomainException(
                    dk.overfoersel.domain.Texts.get("note.rule.amountTooLarge", text.strip()));
        }
        return value.longValueExact();
    }

    /** {@code +100}, {@code -900}, {@code 0}. */
    public static String signed(long amount) {
        return amount > 0 ? "+" + thousands(amount) : thousands(amount);
    }
}
