package dk.overfoersel.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Danish number formats for money: decimal comma, thousands dot.
 * {@code 49,1 mio. kr.}, {@code 15.739.000,00 kr.}; and parsing of what a Dane types ({@code 1.234,50}).
 */
public final class DanishFormat {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern DECIMALS = Pattern.compile("\\d+");

    private DanishFormat() {
    }

    /** {@code 15.739.000,00} */
    public static String amount(Money money) {
        return decimal(money.kroner());
    }

    /** {@code 15.739.000,00 kr.} */
    public static String kroner(Money money) {
        return amount(money) + " kr.";
    }

    /** {@code 15.739.000 kr.} (whole kroner, øre rounded half-up) */
    public static String wholeKroner(Money money) {
        return decimal(money.kroner().setScale(0, java.math.RoundingMode.HALF_UP)) + " kr.";
    }

    /** {@code 49,1 mio. kr.} (one decimal, rounded half-up) */
    public static String millions(Money money) {
        return millions(money, 1);
    }

    /** {@code 15,739 mio. kr.} with the given number of decimals, rounded half-up. */
    public static String millions(Money money, int decimals) {
        return decimal(money.millions(decimals)) + " mio. kr.";
    }

    /**
     * Millions with as many decimals as needed to be exact to the thousand, at least one:
     * {@code 15,739 mio. kr.}, {@code 10,0 mio. kr.}, {@code 1,48 mio. kr.}. Used in document texts.
     */
    public static String millionsToThousands(Money money) {
        BigDecimal m = money.millions(3).stripTrailingZeros();
        if (m.scale() < 1) {
            m = m.setScale(1);
        }
        return decimal(m) + " mio. kr.";
    }

    /** {@code 27.11.2008} */
    public static String date(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Formats a decimal with thousands dots and a decimal comma, keeping its scale. */
    public static String decimal(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        int first = integer.length() % 3;
        if (first > 0) {
            grouped.append(integer, 0, first);
        }
        for (int i = first; i < integer.length(); i += 3) {
            if (grouped.length() > 0) {
                grouped.append('.');
            }
            grouped.append(integer, i, i + 3);
        }
        StringBuilder out = new StringBuilder();
        if (value.signum() < 0) {
            out.append('-');
        }
        out.append(grouped);
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return out.toString();
    }

    /**
     * Parses an amount as a Dane types it: {@code 1.234,50}, {@code 1234,5}, {@code -9.300.000},
     * {@code 15 739 000 kr.}. Dots are thousands separators (groups of three), the comma is the
     * decimal mark, at most two decimals.
     *
     * @throws AmountFormatException with a Danish message when the text is not an amount
     */
    public static Money parseAmount(String text) {
        if (text == null || text.isBlank()) {
            throw new AmountFormatException(Texts.get("amount.empty"));
        }
        String s = text.strip().replace('\u00a0', ' ').replace('\u2212', '-');
        if (s.endsWith("kr.")) {
            s = s.substring(0, s.length() - 3).strip();
        } else if (s.endsWith("kr")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1).strip();
        }
        s = s.replace(" ", "");
        String integer = s;
        String fraction = "";
        int comma = s.indexOf(',');
        if (comma >= 0) {
            integer = s.substring(0, comma);
            fraction = s.substring(comma + 1);
            if (!DECIMALS.matcher(fraction).matches()) {
                throw new AmountFormatException(Texts.get("amount.invalid", shorten(text.strip())));
            }
            if (fraction.length() > 2) {
                throw new AmountFormatException(Texts.get("amount.tooManyDecimals", shorten(text.strip())));
            }
        }
        if (integer.length() > 40) { // no amount has that many digits; not worth a regex or a BigDecimal
            throw new AmountFormatException(Texts.get(integer.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))
                    ? "amount.tooLarge" : "amount.invalid", shorten(text.strip())));
        }
        Matcher grouped = GROUPED.matcher(integer);
        if (grouped.matches()) {
            integer = integer.replace(".", "");
        } else if (!PLAIN.matcher(integer).matches()) {
            throw new AmountFormatException(Texts.get(
                    integer.contains(".") ? "amount.badGrouping" : "amount.invalid", shorten(text.strip())));
        }
        BigDecimal value = new BigDecimal(integer + (fraction.isEmpty() ? "" : "." + fraction));
        if (negative) {
            value = value.negate();
        }
        if (value.abs().compareTo(Money.MAX.kroner()) > 0) {
            throw new AmountFormatException(Texts.get("amount.tooLarge", shorten(text.strip())));
        }
        return Money.ofKroner(value);
    }

    /** Text from a user or a file as a message may quote it: at most 60 characters ({@code abc…}). */
    public static String shorten(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= 60) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(56)) ? 56 : 57;
        return text.substring(0, cut) + "…";
    }

    /** Thrown by {@link #parseAmount(String)}; the message is Danish and fit to show. */
    public static final class AmountFormatException extends IllegalArgumentException {
        public AmountFormatException(String message) {
            super(message);
        }
    }
}
