package dk.overfoersel.document;

import com.openhtmltopdf.extend.Hyphenator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Danish hyphenation for the PDF (CSS {@code hyphens: auto}): Liang's algorithm over the Danish
 * TeX patterns shipped in {@code resources/hyphenation/hyph_da_DK.txt} (LGPL, see the licence file
 * beside it). Marks break points in words of at least {@value #MIN_WORD} letters with soft hyphens,
 * at least {@value #MIN_LEFT} letters from the start and {@value #MIN_RIGHT} from the end; words
 * with digits or capitals inside (names, "ESDH") are left alone. openhtmltopdf never draws the soft
 * hyphen itself (Carlito has none), only a real hyphen where it breaks.
 */
final class DanishHyphenator implements Hyphenator {

    static final DanishHyphenator INSTANCE = new DanishHyphenator(load());
    static final char SOFT_HYPHEN = '\u00ad';
    private static final int MIN_WORD = 8;
    private static final int MIN_LEFT = 3;
    private static final int MIN_RIGHT = 3;

    private final Map<String, int[]> patterns;
    private final int longest;

    DanishHyphenator(Map<String, int[]> patterns) {
        this.patterns = patterns;
        this.longest = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public String hyphenateText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && keptWhole(text, start, i)) {
                out.append(text, start, i);
            } else if (i > start) {
                word(text.substring(start, i), out);
            }
            if (i < text.length()) {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** A word joined to its neighbour by a no-break space (the month of a date) is not hyphenated. */
    private static boolean keptWhole(String text, int start, int end) {
        return start > 0 && isNoBreak(text.charAt(start - 1)) || end < text.length() && isNoBreak(text.charAt(end));
    }

    private static boolean isNoBreak(char c) {
        return c == Typography.NARROW_NO_BREAK_SPACE || c == Typography.NO_BREAK_SPACE;
    }

    private void word(String word, StringBuilder out) {
        boolean capitalsInside = !word.substring(1).equals(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        if (word.length() < MIN_WORD || capitalsInside) {
            out.append(word);
            return;
        }
        String dotted = "." + word.toLowerCase(java.util.Locale.ROOT) + ".";
        int[] points = new int[dotted.length() + 1];
        for (int start = 0; start < dotted.length(); start++) {
            for (int end = start + 1; end <= Math.min(dotted.length(), start + longest); end++) {
                int[] values = patterns.get(dotted.substring(start, end));
                if (values != null) {
                    for (int k = 0; k < values.length; k++) {
                        points[start + k] = Math.max(points[start + k], values[k]);
                    }
                }
            }
        }
        for (int k = 0; k < word.length(); k++) {
            // points[k + 1] is the value before letter k of the word (after the leading dot)
            if (k >= MIN_LEFT && k <= word.length() - MIN_RIGHT && points[k + 1] % 2 == 1) {
                out.append(SOFT_HYPHEN);
            }
            out.append(word.charAt(k));
        }
    }

    /** Patterns like "a1b" as key "ab" with values {0, 1, 0}. */
    private static Map<String, int[]> load() {
        Map<String, int[]> map = new HashMap<>();
        try (InputStream in = DanishHyphenator.class.getResourceAsStream("/hyphenation/hyph_da_DK.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /hyphenation/hyph_da_DK.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                int[] values = new int[line.length() + 1];
                for (char c : line.toCharArray()) {
                    if (Character.isDigit(c)) {
                        values[letters.length()] = c - '0';
                    } else {
                        letters.append(c);
                    }
                }
                int[] trimmed = new int[letters.length() + 1];
                System.arraycopy(values, 0, trimmed, 0, trimmed.length);
                map.put(letters.toString(), trimmed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
