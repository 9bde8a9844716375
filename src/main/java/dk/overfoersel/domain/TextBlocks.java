package dk.overfoersel.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text convention of a transfer's texts: a blank line separates paragraphs; lines
 * starting with "- " are bullets; other consecutive lines belong to the same paragraph.
 */
public final class TextBlocks {

    public sealed interface Block permits Paragraph, Bullets {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    private TextBlocks() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        List<String> bullets = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(blocks, paragraph, bullets);
            } else if (line.startsWith("- ") || line.equals("-")) {
                flushParagraph(blocks, paragraph);
                bullets.add(line.substring(1).strip());
            } else if (!bullets.isEmpty() && raw.startsWith("  ")) {
                int last = bullets.size() - 1;
                bullets.set(last, bullets.get(last) + " " + line);
            } else {
                flushBullets(blocks, bullets);
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(blocks, paragraph, bullets);
        return blocks;
    }

    /** Number of words, for the editor's live count. */
    public static int wordCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.strip().split("\\s+").length;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph, List<String> bullets) {
        flushParagraph(blocks, paragraph);
        flushBullets(blocks, bullets);
    }

    private static void flushParagraph(List<Block> blocks, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void flushBullets(List<Block> blocks, List<String> bullets) {
        if (!bullets.isEmpty()) {
            blocks.add(new Bullets(bullets));
            bullets.clear();
        }
    }
}
