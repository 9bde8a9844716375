package dk.overfoersel.document;

import dk.overfoersel.document.BilagDocument.BulletList;
import dk.overfoersel.document.BilagDocument.Column;
import dk.overfoersel.document.BilagDocument.FigureBlock;
import dk.overfoersel.document.BilagDocument.Heading;
import dk.overfoersel.document.BilagDocument.Notes;
import dk.overfoersel.document.BilagDocument.Rich;
import dk.overfoersel.document.BilagDocument.Table;
import dk.overfoersel.document.BilagDocument.Text;
import dk.overfoersel.document.markup.Markup;
import dk.overfoersel.document.markup.Markup.Inline;
import dk.overfoersel.document.markup.Markup.Item;
import dk.overfoersel.document.markup.Markup.Items;
import dk.overfoersel.document.markup.Markup.NoteRef;
import dk.overfoersel.document.markup.Markup.Para;
import dk.overfoersel.document.markup.Markup.Quote;
import dk.overfoersel.document.markup.Markup.Run;
import dk.overfoersel.domain.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The appendix as XHTML with CSS paged media, for {@link PdfBilagRenderer}: the document's logical
 * order is the reading order; the title is {@code h1}, each transfer {@code h2}, its sub-headings
 * {@code h3}; lists, quotations, tables (header cells scoped) and figures (alt text) are real HTML
 * elements, so the tagged PDF gets the same structure. The running header and footer are running
 * elements in the page margins (artifacts in the PDF). Every element, list markers and margin boxes
 * included, is set in Carlito (see {@code bilag.css}).
 */
final class XhtmlBilagRenderer {

    static final String CSS = load("/document/bilag.css");

    String render(BilagDocument doc) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"da-DK\" xml:lang=\"da-DK\">\n<head>\n");
        h.append("<title>").append(esc(doc.title())).append("</title>\n");
        meta(h, "author", doc.administration());
        meta(h, "subject", doc.subject());
        meta(h, "description", doc.subject());
        meta(h, "creator", "Overførsel");
        bookmarks(h, doc);
        h.append("<style>\n").append(CSS).append(pageCss()).append("</style>\n</head>\n<body>\n");
        // two cells side by side: a long administration name wraps in its cell instead of overprinting
        h.append("<div class=\"running-header\"><div class=\"rl\">").append(esc(doc.title()))
                .append("</div><div class=\"rr\">").append(esc(doc.administration())).append("</div></div>\n");
        h.append("<div class=\"running-footer\"><div class=\"rl rf-page\"></div><div class=\"rr\">")
                .append(esc(doc.footer())).append("</div></div>\n");
        h.append("<div class=\"letterhead\"><p class=\"admin\">").append(esc(doc.administration())).append("</p>");
        for (String line : doc.particulars()) {
            h.append("<p class=\"particular\">").append(text(line)).append("</p>");
        }
        h.append("<p class=\"date\">").append(text(doc.dateLine())).append("</p></div>\n");
        h.append("<h1 id=\"bilag-titel\">").append(esc(doc.title())).append("</h1>\n<div id=\"indledning\">\n");
        int section = 0;
        boolean inIntro = true;
        for (BilagDocument.Element e : doc.body()) {
            if (e instanceof Heading hd && hd.level() == 1) {
                if (inIntro) {
                    h.append("</div>\n");
                    inIntro = false;
                }
                section++;
                h.append("<h2 id=\"afsnit-").append(section).append("\">").append(text(hd.text())).append("</h2>\n");
            } else {
                element(h, e);
            }
        }
        if (inIntro) {
            h.append("</div>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** "Side 3 af 12" in the footer: the text of {@code bilag.page} around the two counters. */
    private static String pageCss() {
        String pattern = Texts.get("bilag.page", "\u0001", "\u0002");
        String before = pattern.substring(0, pattern.indexOf('\u0001'));
        String between = pattern.substring(pattern.indexOf('\u0001') + 1, pattern.indexOf('\u0002'));
        String after = pattern.substring(pattern.indexOf('\u0002') + 1);
        return ".rf-page::before { content: \"" + cssString(before) + "\" counter(page) \"" + cssString(between)
                + "\" counter(pages) \"" + cssString(after) + "\"; }\n";
    }

    private static void bookmarks(StringBuilder h, BilagDocument doc) {
        h.append("<bookmarks>\n<bookmark name=\"").append(esc(Texts.get("bilag.bookmark.intro")))
                .append("\" href=\"#indledning\"/>\n");
        int section = 0;
        for (BilagDocument.Element e : doc.body()) {
            if (e instanceof Heading hd && hd.level() == 1) {
                section++;
                h.append("<bookmark name=\"").append(esc(hd.text())).append("\" href=\"#afsnit-").append(section)
                        .append("\"/>\n");
            }
        }
        h.append("</bookmarks>\n");
    }

    private static void meta(StringBuilder h, String name, String content) {
        h.append("<meta name=\"").append(name).append("\" content=\"").append(esc(content)).append("\"/>\n");
    }

    private void element(StringBuilder h, BilagDocument.Element e) {
        if (e instanceof Heading hd) {
            h.append("<h3>").append(text(hd.text())).append("</h3>\n");
        } else if (e instanceof Text t) {
            h.append("<p>").append(text(t.text())).append("</p>\n");
        } else if (e instanceof BulletList b) {
            h.append("<ul>");
            for (String item : b.items()) {
                h.append("<li>").append(text(item)).append("</li>");
            }
            h.append("</ul>\n");
        } else if (e instanceof Table t) {
            table(h, t);
        } else if (e instanceof FigureBlock f) {
            figure(h, f);
        } else if (e instanceof Rich r) {
            block(h, r.block());
        } else if (e instanceof Notes n) {
            notes(h, n);
        }
    }

    private void block(StringBuilder h, Markup.Block block) {
        if (block instanceof Para p) {
            h.append("<p>");
            inlines(h, p.inlines());
            h.append("</p>\n");
        } else if (block instanceof Items items) {
            h.append(items.ordered() ? (items.start() == 1 ? "<ol>" : "<ol start=\"" + items.start() + "\">") : "<ul>");
            for (Item item : items.items()) {
                h.append("<li>");
                List<Markup.Block> blocks = item.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    if (i == 0 && blocks.get(i) instanceof Para p) {
                        inlines(h, p.inlines());
                    } else {
                        block(h, blocks.get(i));
                    }
                }
                h.append("</li>");
            }
            h.append(items.ordered() ? "</ol>\n" : "</ul>\n");
        } else if (block instanceof Quote q) {
            h.append("<blockquote>");
            for (Markup.Block b : q.blocks()) {
                block(h, b);
            }
            h.append("</blockquote>\n");
        }
        // a figure place is resolved by the builder
    }

    private void inlines(StringBuilder h, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Run r) {
                String open = (r.bold() ? "<strong>" : "") + (r.italic() ? "<em>" : "");
                String close = (r.italic() ? "</em>" : "") + (r.bold() ? "</strong>" : "");
                h.append(open).append(text(r.text())).append(close);
            } else if (i instanceof NoteRef n) {
                h.append("<span class=\"fnref\">").append(n.number()).append("</span>");
            }
        }
    }

    /** The footnotes at the end of the section; the PDF tags each as Note. */
    private void notes(StringBuilder h, Notes n) {
        h.append("<section class=\"notes\">");
        for (Markup.Note note : n.notes()) {
            h.append("<p class=\"note\"><span class=\"fn\">").append(note.number()).append("</span> ");
            boolean first = true;
            for (Markup.Block b : note.blocks()) {
                if (b instanceof Para p) {
                    if (!first) {
                        h.append(' ');
                    }
                    inlines(h, p.inlines());
                    first = false;
                }
            }
            h.append("</p>");
        }
        h.append("</section>\n");
    }

    private void figure(StringBuilder h, FigureBlock f) {
        Figure fig = f.figure();
        h.append("<div class=\"figure\"><img src=\"data:").append(esc(fig.mediaType())).append(";base64,")
                .append(Base64.getEncoder().encodeToString(fig.bytes())).append("\" alt=\"").append(esc(fig.altText()))
                .append("\"/>");
        h.append("<p class=\"figcaption\">").append(text(Texts.get("bilag.figure.caption", String.valueOf(f.number()),
                fig.caption()))).append("</p>");
        if (!fig.sourceNote().isEmpty()) {
            h.append("<p class=\"figsource\">").append(text(fig.sourceNote())).append("</p>");
        }
        h.append("</div>\n");
    }

    private void table(StringBuilder h, Table t) {
        if (!t.caption().isEmpty()) {
            h.append("<p class=\"tcaption\">").append(text(t.caption())).append("</p>\n");
        }
        float sum = 0f;
        for (Column c : t.columns()) {
            sum += c.width();
        }
        // a short table moves whole to the next page rather than leaving its heading row alone
        h.append(t.rows().size() + t.subtotals().size() <= 12 ? "<table class=\"keep\"><thead><tr>" : "<table><thead><tr>");
        for (Column c : t.columns()) {
            h.append("<th scope=\"col\" style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.1f", 100f * c.width() / sum))
                    .append("%\"").append(c.numeric() ? " class=\"num\"" : "").append(">").append(text(c.heading())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>");
        for (List<String> row : t.rows()) {
            row(h, t, row, "");
        }
        for (List<String> sub : t.subtotals()) {
            row(h, t, sub, " class=\"subtotal\"");
        }
        if (t.hasTotals()) {
            row(h, t, t.totals(), " class=\"total\"");
        }
        h.append("</tbody></table>\n");
    }

    private void row(StringBuilder h, Table t, List<String> cells, String cls) {
        h.append("<tr").append(cls).append(">");
        for (int i = 0; i < cells.size(); i++) {
            h.append(t.columns().get(i).numeric() ? "<td class=\"num\">" : "<td>").append(text(cells.get(i))).append("</td>");
        }
        h.append("</tr>\n");
    }

    /**
     * Escaped text with a narrow no-break space (U+202F, which Carlito has, as wide as its space)
     * inside every amount and date and wherever the user typed a no-break space (Carlito has no
     * U+00A0). A character, not a {@code nowrap} span: openhtmltopdf draws an inline element's
     * text after its parent's, which scrambled the page's text order. See docs/decisions/0240.
     */
    static String text(String s) {
        return esc(Typography.noBreak(s).replace(Typography.NO_BREAK_SPACE, Typography.NARROW_NO_BREAK_SPACE));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\u00a0' -> b.append(' ');
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String load(String resource) {
        try (InputStream in = XhtmlBilagRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
