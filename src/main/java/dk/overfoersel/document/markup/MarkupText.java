package dk.overfoersel.document.markup;

import dk.overfoersel.document.markup.Markup.Block;
import dk.overfoersel.document.markup.Markup.FigurePlace;
import dk.overfoersel.document.markup.Markup.Inline;
import dk.overfoersel.document.markup.Markup.Item;
import dk.overfoersel.document.markup.Markup.Items;
import dk.overfoersel.document.markup.Markup.NoteRef;
import dk.overfoersel.document.markup.Markup.Para;
import dk.overfoersel.document.markup.Markup.Quote;
import dk.overfoersel.document.markup.Markup.Run;
import java.util.List;

/** Parsed text read out as plain lines: a paragraph a line, "• " before a bullet, "1. " before a number. */
public final class MarkupText {

    private MarkupText() {
    }

    public static String plain(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        blocks(blocks, "", b);
        return b.toString().stripTrailing();
    }

    private static void blocks(List<Block> blocks, String indent, StringBuilder b) {
        for (Block block : blocks) {
            if (block instanceof Para p) {
                b.append(indent).append(inlines(p.inlines())).append('\n');
            } else if (block instanceof Items items) {
                int n = items.start();
                for (Item item : items.items()) {
                    String marker = items.ordered() ? (n++) + ". " : "• ";
                    StringBuilder inner = new StringBuilder();
                    blocks(item.blocks(), indent + "  ", inner);
                    String text = inner.toString().stripLeading();
                    b.append(indent).append(marker).append(text);
                    if (!text.endsWith("\n")) {
                        b.append('\n');
                    }
                }
            } else if (block instanceof Quote q) {
                blocks(q.blocks(), indent + "> ", b);
            } else if (block instanceof FigurePlace f) {
                b.append(indent).append("[").append(f.name()).append("]\n");
            }
        }
    }

    public static String inlines(List<Inline> inlines) {
        StringBuilder b = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Run r) {
                b.append(r.text());
            } else if (i instanceof NoteRef n) {
                b.append("[").append(n.number()).append("]");
            }
        }
        return b.toString();
    }
}
