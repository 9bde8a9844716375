package dk.overfoersel.document.markup;

import java.util.List;

/**
 * A transfer's text as structure, the same for the PDF (through XHTML), the Word document and the
 * window's preview: paragraphs, lists (one level of nesting), block quotes, figure places and
 * footnotes. Made by {@link MarkupParser} from the documented Markdown subset (see the README).
 */
public final class Markup {

    private Markup() {
    }

    /** A text parsed: its blocks and its footnotes in the order they are first referred to. */
    public record Parsed(List<Block> blocks, List<Note> notes) {
        public Parsed {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
        }
    }

    public sealed interface Block permits Para, Items, Quote, FigurePlace {
    }

    /** A paragraph of runs and footnote references. */
    public record Para(List<Inline> inlines) implements Block {
        public Para {
            inlines = List.copyOf(inlines);
        }
    }

    /** A bulleted ({@code ordered == false}) or numbered list; numbered lists count from {@code start}. */
    public record Items(boolean ordered, int start, List<Item> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** One list item: its paragraph(s) and at most one nested list. */
    public record Item(List<Block> blocks) {
        public Item {
            blocks = List.copyOf(blocks);
        }
    }

    /** A quotation ("> "), printed as a quote. */
    public record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** Where the text places a figure by its name ({@code ![](figur-1.png)}). */
    public record FigurePlace(String name) implements Block {
    }

    public sealed interface Inline permits Run, NoteRef {
    }

    /** Text with its emphasis. */
    public record Run(String text, boolean italic, boolean bold) implements Inline {
        public static Run plain(String text) {
            return new Run(text, false, false);
        }
    }

    /** A footnote reference, numbered through the document. */
    public record NoteRef(int number) implements Inline {
    }

    /** A footnote's text. */
    public record Note(int number, List<Block> blocks) {
        public Note {
            blocks = List.copyOf(blocks);
        }
    }
}
