package dk.overfoersel.domain.check;

import dk.overfoersel.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount written in a text: {@code 15,7 mio. kr.} is the value 15,7 in millions of kroner,
 * written with one decimal. {@link #key()} is its canonical form ({@code 15,7 mio. kr.}), the form
 * in which the user marks it as checked.
 *
 * @param written  the text as it stands ({@code 4,9 mio.})
 * @param value    the number as written, without sign, with the scale written
 * @param exponent the unit as a power of ten: 0 kr., 3 t. kr., 6 mio. kr., 9 mia. kr.
 * @param key      the canonical form: the number as written and the unit in full ({@code 4,9 mio. kr.})
 * @param start    where it starts in the text
 * @param end      where it ends in the text (exclusive)
 */
public record AmountMention(String written, BigDecimal value, int exponent, String key, int start, int end) {

    /** Whether the amount, rounded half-up to the precision and unit written, is the value written. */
    public boolean matches(Money money) {
        BigDecimal inUnit = money.kroner().abs().movePointLeft(exponent).setScale(value.scale(), RoundingMode.HALF_UP);
        return inUnit.compareTo(value) == 0;
    }
}
