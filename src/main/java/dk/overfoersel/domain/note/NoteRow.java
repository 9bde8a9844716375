package dk.overfoersel.domain.note;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import java.util.List;
import java.util.Objects;

/**
 * One line of a multi-year table: its label, one amount per year of the table (whole thousands of
 * kroner, negative allowed), the steering area where the table has one, and for a conversion the
 * label of the Tabel 4 row it converts from.
 *
 * @param area         null in tables without areas (Tabel 4 and 5)
 * @param convertsFrom null unless a conversion names its source
 */
public record NoteRow(Area area, String label, List<Long> amounts, String convertsFrom) {

    /** The largest amount in thousands (a trillion kroner): sums of many rows stay far inside a long. */
    public static final long MAX_AMOUNT = 999_999_999_999L;

    public NoteRow {
        label = label == null ? "" : label.strip();
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        convertsFrom = convertsFrom == null || convertsFrom.isBlank() ? null : convertsFrom.strip();
        if (label.isEmpty()) {
            throw new DomainException(Texts.get("note.rule.label"));
        }
        NoteTexts.line(label, "note.field.label");
        for (Long amount : amounts) {
            if (Math.abs(amount) > MAX_AMOUNT) {
                throw new DomainException(Texts.get("note.rule.amountTooLarge", label));
            }
        }
    }

    public static NoteRow of(Area area, String label, long... amounts) {
        return new NoteRow(area, label, java.util.Arrays.stream(amounts).boxed().toList(), null);
    }

    public static NoteRow of(String label, long... amounts) {
        return of(null, label, amounts);
    }

    public long amount(int index) {
        return amounts.get(index);
    }

    /** The row's "I alt": the sum over its years. */
    public long total() {
        long sum = 0;
        for (long a : amounts) {
            sum += a;
        }
        return sum;
    }

    public NoteRow withAmounts(List<Long> newAmounts) {
        return new NoteRow(area, label, newAmounts, convertsFrom);
    }

    public NoteRow withLabel(String newLabel) {
        return new NoteRow(area, newLabel, amounts, convertsFrom);
    }
}
