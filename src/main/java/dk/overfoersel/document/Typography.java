package dk.overfoersel.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line may not break: inside an amount with its unit ("25,7 mio. kr.", "15.739.000 kr.",
 * "−1,3 mio.") and inside a written date ("27. november 2008"). Word gets a real no-break space
 * (U+00A0, which Calibri has), the PDF U+202F (docs/decisions/0240).
 */
final class Typography {

    static final char NO_BREAK_SPACE = '\u00a0';
    /** The PDF's no-break space: Carlito has U+202F (as wide as its space) but not U+00A0. */
    static final char NARROW_NO_BREAK_SPACE = '\u202f';

    private static final String MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december";
    private static final Pattern KEEP = Pattern.compile(
            "[−-]?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)? (?:(?:mio|mia)\\. kr\\.|(?:mio|mia)\\.|kr\\.|procent|pct\\.|%)"
                    + "|\\d{1,2}\\. (?:" + MONTHS + ") \\d{4}"
                    + "|(?:kr\\.) \\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?");

    private Typography() {
    }

    /** A piece of text; {@code keep} when it must stay on one line. */
    record Piece(String text, boolean keep) {
    }

    static List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        Matcher m = KEEP.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Piece(text.substring(at, m.start()), false));
            }
            out.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Piece(text.substring(at), false));
        }
        return out;
    }

    /** The text with a no-break space inside every amount and date (for Word). */
    static String noBreak(String text) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces(text)) {
            b.append(p.keep() ? p.text().replace(' ', NO_BREAK_SPACE) : p.text());
        }
        return b.toString();
    }
}
