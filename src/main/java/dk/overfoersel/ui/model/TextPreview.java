package dk.overfoersel.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure the appendix gives a text, for the window's live preview: paragraphs (a blank line
 * between), bullets ("- ", "* ", "•"), numbered lines ("1. "), quotes ("> "), figures placed by
 * name ({@code ![](figur-1.png)}), and inline **bold** and *italic*. A small reading of the texts'
 * Markdown subset; the document's own parser (branch doc) is the reference for print.
 */
public final class TextPreview {

    /** A block of the preview. */
    public enum Kind { PARAGRAPH, BULLET, NUMBERED, QUOTE, FIGURE }

    /** A run of text in a block. */
    public record Span(String text, boolean bold, boolean italic) {
    }

    /** A block: its kind, its number (numbered lines) or figure name, and its runs. */
    public record Block(Kind kind, String label, List<Span> spans) {
        public Block {
            spans = List.copyOf(spans);
        }

        public String plain() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*]\\s+|•\\s*)(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?(.*)$");
    private static final Pattern FIGURE = Pattern.compile("^\\s*!\\[[^\\]]*\\]\\(([^)\\s]+)\\)\\s*$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");

    private TextPreview() {
    }

    public static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            Matcher m;
            if (line.isBlank()) {
                flush(paragraph, blocks);
            } else if ((m = FIGURE.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(Kind.FIGURE, m.group(1), List.of()));
            } else if ((m = BULLET.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(Kind.BULLET, "", spans(m.group(1))));
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(Kind.NUMBERED, m.group(1), spans(m.group(2))));
            } else if ((m = QUOTE.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(Kind.QUOTE, "", spans(m.group(1))));
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(Kind.PARAGRAPH, "", spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                spans.add(new Span(text.substring(at, m.start()), false, false));
            }
            spans.add(m.group(1) != null ? new Span(m.group(1), true, false) : new Span(m.group(2), false, true));
            at = m.end();
        }
        if (at < text.length()) {
            spans.add(new Span(text.substring(at), false, false));
        }
        return spans;
    }
}
