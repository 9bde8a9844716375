package dk.overfoersel.document;

import dk.overfoersel.document.markup.Markup;
import java.util.List;
import java.util.Objects;

/**
 * The appendix ("Bilag N – Bemærkninger til Skema 3") as a renderer sees it: every text and
 * figure is already worked out by {@link BilagBuilder}, so the PDF and the Word renderer only
 * decide how it looks. {@code body} holds the introduction, one section per Skema 3 transfer
 * and the closing table, in reading order. {@code particulars} are the lines under the administration
 * on page 1 (the committee, the case number), each optional.
 */
public record BilagDocument(String administration, String dateLine, String title, String subject,
                            String footer, List<Element> body, List<String> particulars) {

    /** Without particulars (committee, case number) on page 1. */
    public BilagDocument(String administration, String dateLine, String title, String subject, String footer,
                         List<Element> body) {
        this(administration, dateLine, title, subject, footer, body, List.of());
    }

    public BilagDocument {
        Objects.requireNonNull(administration, "administration");
        Objects.requireNonNull(dateLine, "dateLine");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(footer, "footer");
        body = List.copyOf(body);
        particulars = List.copyOf(particulars);
    }

    /** One block of the body. */
    public sealed interface Element permits Heading, Text, BulletList, Table, FigureBlock, Rich, Notes {
    }

    /**
     * A heading; level 1 is a transfer's section ("Overførsel 10. …"), level 2 a sub-heading
     * ("Konsekvenser ved ikke at overføre"). Renderers keep a heading on the page of what follows it.
     */
    public record Heading(int level, String text) implements Element {
    }

    /** A paragraph of running text. */
    public record Text(String text) implements Element {
    }

    /** A bulleted list. */
    public record BulletList(List<String> items) implements Element {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /**
     * A figure in its place, numbered through the document: printed as the image scaled to the text
     * width at most, with "Figur {@code number}. caption" under it and the source note, if any.
     */
    public record FigureBlock(int number, Figure figure) implements Element {
    }

    /** A block of a transfer's own text (paragraph, list, quotation), as the user wrote it. */
    public record Rich(Markup.Block block) implements Element {
    }

    /** The footnotes of a transfer's texts, at the end of its section, numbered through the document. */
    public record Notes(List<Markup.Note> notes) implements Element {
        public Notes {
            notes = List.copyOf(notes);
        }
    }

    /** A column: its heading, whether it holds amounts (right-aligned) and its relative width. */
    public record Column(String heading, boolean numeric, float width) {
    }

    /**
     * A table with a heading row, body rows, subtotal rows (e.g. per commitment status; empty for
     * none) and an optional totals row (empty list for none);
     * every row has one cell per column.
     */
    public record Table(String caption, List<Column> columns, List<List<String>> rows, List<List<String>> subtotals,
                        List<String> totals) implements Element {

        /** Without subtotals. */
        public Table(String caption, List<Column> columns, List<List<String>> rows, List<String> totals) {
            this(caption, columns, rows, List.of(), totals);
        }

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            subtotals = subtotals.stream().map(List::copyOf).toList();
            totals = List.copyOf(totals);
            for (List<String> row : subtotals) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("subtotal " + row + " does not have " + columns.size() + " cells");
                }
            }
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row " + row + " does not have " + columns.size() + " cells");
                }
            }
            if (!totals.isEmpty() && totals.size() != columns.size()) {
                throw new IllegalArgumentException("totals " + totals + " do not have " + columns.size() + " cells");
            }
        }

        public boolean hasTotals() {
            return !totals.isEmpty();
        }
    }
}
