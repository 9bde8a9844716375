package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import java.math.BigDecimal;

/**
 * The rules of every text: within its length, no half of a UTF-16 surrogate pair, and no control
 * character (tab is allowed everywhere, line breaks only in the long texts). Such characters cannot
 * be written to an Excel file or a PDF, so they are refused where they enter.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Checks a text. {@code labelKey} names the field in Danish ("titlen"); {@code required}: it must
     * not be blank; {@code multiLine}: line breaks are allowed. A null text is not checked (a reader
     * has said it is missing).
     */
    public static void check(Violations v, String field, String labelKey, String text, int max,
                             boolean required, boolean multiLine) {
        if (text == null) {
            return;
        }
        String label = Texts.get(labelKey);
        if (required && text.isBlank()) {
            v.add(field, "rule.text.missing", capitalised(label));
            return;
        }
        if (text.length() > max) {
            v.add(field, "rule.text.tooLong", capitalised(label), count(text.length()), count(max));
            return;
        }
        int bad = firstBadChar(text, multiLine);
        if (bad >= 0) {
            char c = text.charAt(bad);
            if (Character.isSurrogate(c)) {
                v.add(field, "rule.text.loneSurrogate", capitalised(label), count(bad + 1));
            } else {
                v.add(field, "rule.text.control", capitalised(label), String.format("U+%04X", (int) c), count(bad + 1));
            }
        }
    }

    /** The index of the first character the rules refuse, or -1. */
    public static int firstBadChar(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < '\u007F') {
                continue; // printable ASCII, nearly every character of a text: one test (texts of a large round)
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
            if (c == '\t' || (multiLine && (c == '\n' || c == '\r'))) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    private static String count(int n) {
        return DanishFormat.decimal(BigDecimal.valueOf(n));
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
