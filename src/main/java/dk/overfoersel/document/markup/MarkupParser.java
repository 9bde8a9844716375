package dk.overfoersel.document.markup;

import dk.overfoersel.document.markup.Markup.Block;
import dk.overfoersel.document.markup.Markup.FigurePlace;
import dk.overfoersel.document.markup.Markup.Inline;
import dk.overfoersel.document.markup.Markup.Item;
import dk.overfoersel.document.markup.Markup.Items;
import dk.overfoersel.document.markup.Markup.Note;
import dk.overfoersel.document.markup.Markup.NoteRef;
import dk.overfoersel.document.markup.Markup.Para;
import dk.overfoersel.document.markup.Markup.Parsed;
import dk.overfoersel.document.markup.Markup.Quote;
import dk.overfoersel.document.markup.Markup.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The texts' Markdown subset, parsed with commonmark: paragraphs, "- " and "1. " lists with one level
 * of nesting, {@code *kursiv*}, {@code **fed**}, "> " quotations, footnotes ({@code [^1]} with
 * {@code [^1]: tekst} below) and figure places ({@code ![](figur-1.png)}). Headings, code blocks,
 * thematic breaks and HTML are off: such lines stay text.
 *
 * <p>Before parsing, the plain conventions the texts were written in keep their meaning: a line
 * after a list item that is not indented starts a new paragraph (Markdown would join it to the item),
 * and bullets pasted from Word ("•" and a tab) and numbered lines ("1)" or "1." and a tab) become list items.
 */
public final class MarkupParser {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
            .extensions(List.of(FootnotesExtension.create()))
            .build();

    private MarkupParser() {
    }

    /** Parses {@code text}; its footnotes are numbered from {@code firstNote} in the order they are referred to. */
    public static Parsed parse(String text, int firstNote) {
        if (text == null || text.isBlank()) {
            return new Parsed(List.of(), List.of());
        }
        Node document = PARSER.parse(normalise(text));
        Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d) {
                definitions.putIfAbsent(d.getLabel(), d);
            }
        }
        Context context = new Context(definitions, firstNote);
        List<Block> blocks = context.blocks(document, 0);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < context.order.size(); i++) {
            FootnoteDefinition d = definitions.get(context.order.get(i));
            notes.add(new Note(firstNote + i, context.blocks(d, 1)));
        }
        return new Parsed(blocks, notes);
    }

    /** The plain conventions made Markdown (see the class comment). */
    static String normalise(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inItem = false;
        boolean inParagraph = false;
        for (String raw : lines) {
            String line = wordList(raw);
            String stripped = line.strip();
            boolean marker = isListMarker(stripped);
            boolean indented = line.startsWith(" ") || line.startsWith("\t");
            if (stripped.isEmpty()) {
                inItem = false;
                inParagraph = false;
            } else if (marker && !indented) {
                if (inParagraph) {
                    out.append('\n');
                }
                inItem = true;
                inParagraph = false;
            } else if (inItem && !indented && !stripped.startsWith(">") && !stripped.startsWith("[^")) {
                // the old convention: a line after a bullet that is not indented is a new paragraph
                out.append('\n');
                inItem = false;
                inParagraph = true;
            } else if (!inItem) {
                inParagraph = true;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String wordList(String line) {
        String s = line.stripLeading();
        String indent = line.substring(0, line.length() - s.length());
        if (s.matches("^[•·▪◦\u2013\uF0B7](\t| ).*")) {
            return indent + "- " + s.substring(2).strip();
        }
        if (s.matches("^\\d{1,3}[.)]\t.*")) {
            int dot = s.indexOf('\t');
            return indent + s.substring(0, dot - 1) + ". " + s.substring(dot + 1).strip();
        }
        return line;
    }

    private static boolean isListMarker(String stripped) {
        return stripped.equals("-") || stripped.startsWith("- ") || stripped.startsWith("* ")
                || stripped.startsWith("+ ") || stripped.matches("^\\d{1,9}[.)](\\s.*)?$");
    }

    private static final class Context {
        private final Map<String, FootnoteDefinition> definitions;
        private final int firstNote;
        private final List<String> order = new ArrayList<>();

        Context(Map<String, FootnoteDefinition> definitions, int firstNote) {
            this.definitions = definitions;
            this.firstNote = firstNote;
        }

        List<Block> blocks(Node parent, int listDepth) {
            List<Block> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Paragraph p) {
                    paragraph(p, out);
                } else if (n instanceof ListBlock list) {
                    Items items = items(list, listDepth);
                    if (listDepth >= 2) {
                        // deeper than one level of nesting: the items are taken up into the outer item
                        for (Item item : items.items()) {
                            out.addAll(item.blocks());
                        }
                    } else {
                        out.add(items);
                    }
                } else if (n instanceof BlockQuote q) {
                    out.add(new Quote(blocks(q, listDepth)));
                }
                // footnote definitions are collected separately; nothing else is enabled
            }
            return out;
        }

        private Items items(ListBlock list, int depth) {
            List<Item> items = new ArrayList<>();
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListItem li) {
                    items.add(new Item(blocks(li, depth + 1)));
                }
            }
            if (list instanceof OrderedList o) {
                Integer start = o.getMarkerStartNumber();
                return new Items(true, start == null ? 1 : start, items);
            }
            return new Items(false, 1, items);
        }

        private void paragraph(Paragraph p, List<Block> out) {
            List<Inline> inlines = new ArrayList<>();
            List<Block> figures = new ArrayList<>();
            inlines(p, false, false, inlines, figures);
            List<Inline> merged = merge(inlines);
            if (!merged.isEmpty()) {
                out.add(new Para(merged));
            }
            out.addAll(figures);
        }

        private void inlines(Node parent, boolean italic, boolean bold, List<Inline> out, List<Block> figures) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    out.add(new Run(t.getLiteral(), italic, bold));
                } else if (n instanceof Emphasis) {
                    inlines(n, true, bold, out, figures);
                } else if (n instanceof StrongEmphasis) {
                    inlines(n, italic, true, out, figures);
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    out.add(new Run(" ", italic, bold));
                } else if (n instanceof Code c) {
                    out.add(new Run(c.getLiteral(), italic, bold));
                } else if (n instanceof HtmlInline h) {
                    out.add(new Run(h.getLiteral(), italic, bold));
                } else if (n instanceof Image image) {
                    figures.add(new FigurePlace(image.getDestination()));
                } else if (n instanceof Link link) {
                    inlines(link, italic, bold, out, figures);
                    out.add(new Run(" (" + link.getDestination() + ")", italic, bold));
                } else if (n instanceof FootnoteReference ref && definitions.containsKey(ref.getLabel())) {
                    int index = order.indexOf(ref.getLabel());
                    if (index < 0) {
                        order.add(ref.getLabel());
                        index = order.size() - 1;
                    }
                    out.add(new NoteRef(firstNote + index));
                } else if (n instanceof FootnoteReference ref) {
                    out.add(new Run("[^" + ref.getLabel() + "]", italic, bold));
                } else {
                    inlines(n, italic, bold, out, figures);
                }
            }
        }

        /** Neighbouring runs of the same emphasis become one; leading and trailing spaces go. */
        private static List<Inline> merge(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>();
            for (Inline i : inlines) {
                if (!out.isEmpty() && i instanceof Run r && out.get(out.size() - 1) instanceof Run last
                        && last.italic() == r.italic() && last.bold() == r.bold()) {
                    out.set(out.size() - 1, new Run(last.text() + r.text(), r.italic(), r.bold()));
                } else {
                    out.add(i);
                }
            }
            if (!out.isEmpty() && out.get(0) instanceof Run first) {
                out.set(0, new Run(first.text().stripLeading(), first.italic(), first.bold()));
            }
            if (!out.isEmpty() && out.get(out.size() - 1) instanceof Run last) {
                out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.italic(), last.bold()));
            }
            out.removeIf(i -> i instanceof Run r && r.text().isEmpty());
            return out;
        }
    }
}
