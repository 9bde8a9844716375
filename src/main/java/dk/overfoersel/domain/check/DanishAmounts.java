package dk.overfoersel.domain.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amounts a Danish text writes: {@code 15,7 mio. kr.}, {@code 900.000 kr.}, {@code 1,3 mio.},
 * {@code 4,9 mio. kr.}, {@code 250 t. kr.}, {@code 1,2 mia. kr.}, {@code 15.739.000,50 kr.}. A number
 * counts only with a unit after it, so dates ({@code 27.11.2008}), years and counts ({@code 1.700
 * ansøgninger}) are not amounts. Spaces may be ordinary, no-break (U+00A0) or narrow no-break (U+202F).
 */
public final class DanishAmounts {

    private static final String SPACE = "[ \\u00A0\\u202F]*";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?" + SPACE
                    + "(?:(mia\\.|mia(?=\\b)|milliarder)(" + SPACE + "(?:kr\\.|kr\\b|kroner))?"
                    + "|(mio\\.|mio(?=\\b)|mill\\.|millioner)(" + SPACE + "(?:kr\\.|kr\\b|kroner))?"
                    + "|(t\\." + SPACE + "kr\\.|t\\.kr\\.|tkr\\.|tusind" + SPACE + "kr\\.|tusind" + SPACE + "kroner)"
                    + "|(kr\\.|kr\\b|kroner))",
            Pattern.UNICODE_CHARACTER_CLASS);

    private DanishAmounts() {
    }

    /** The amounts in the text, in the order they stand. */
    public static List<AmountMention> find(String text) {
        List<AmountMention> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String integer = m.group(1);
            String fraction = m.group(2);
            int exponent;
            String unit;
            if (m.group(3) != null) {
                exponent = 9;
                unit = "mia. kr.";
            } else if (m.group(5) != null) {
                exponent = 6;
                unit = "mio. kr.";
            } else if (m.group(7) != null) {
                exponent = 3;
                unit = "t. kr.";
            } else {
                exponent = 0;
                unit = "kr.";
            }
            BigDecimal value = new BigDecimal(integer.replace(".", "") + (fraction == null ? "" : "." + fraction));
            String number = integer + (fraction == null ? "" : "," + fraction);
            found.add(new AmountMention(m.group(), value, exponent, number + " " + unit, m.start(), m.end()));
        }
        return found;
    }

    /**
     * The canonical form of a written amount ({@code "5,9 mio."} → {@code "5,9 mio. kr."}), or empty
     * when the text is not exactly one amount.
     */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.startsWith("-") || stripped.startsWith("\u2212")) {
            stripped = stripped.substring(1).strip();
        }
        List<AmountMention> all = find(stripped);
        if (all.size() != 1 || all.get(0).start() != 0 || all.get(0).end() != stripped.length()) {
            return Optional.empty();
        }
        return Optional.of(all.get(0).key());
    }
}
