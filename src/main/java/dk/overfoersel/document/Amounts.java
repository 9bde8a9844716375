package dk.overfoersel.document;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;

/**
 * Amounts in the appendix's sentences: a real minus sign (−), and an amount under 0,05 mio. kr.
 * in kroner ("40.000 kr."), never as "0,0 mio. kr.".
 */
final class Amounts {

    static final char MINUS = '\u2212';
    private static final Money SMALL = Money.ofKroner(50_000);

    private Amounts() {
    }

    /** {@code 49,1 mio. kr.}, {@code −2,5 mio. kr.}, {@code 40.000 kr.} */
    static String oneDecimal(Money m) {
        return sign(m) + (small(m) ? DanishFormat.wholeKroner(m.abs()) : DanishFormat.millions(m.abs()));
    }

    /** {@code 15,739 mio. kr.}, {@code 10,0 mio. kr.}, {@code 40.000 kr.} */
    static String exact(Money m) {
        return sign(m) + (small(m) ? DanishFormat.wholeKroner(m.abs()) : DanishFormat.millionsToThousands(m.abs()));
    }

    private static boolean small(Money m) {
        return m.abs().lessThan(SMALL);
    }

    private static String sign(Money m) {
        return m.isNegative() ? String.valueOf(MINUS) : "";
    }
}
