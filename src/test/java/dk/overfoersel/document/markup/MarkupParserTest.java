package dk.overfoersel.document.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.bench.GeneratedCase;
import dk.overfoersel.document.markup.Markup.Items;
import dk.overfoersel.document.markup.Markup.Para;
import dk.overfoersel.document.markup.Markup.Parsed;
import dk.overfoersel.document.markup.Markup.Quote;
import dk.overfoersel.document.markup.Markup.Run;
import dk.overfoersel.domain.TextBlocks;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts' Markdown subset: the old plain texts keep their meaning; the new structure is recognised. */
class MarkupParserTest {

    /** The plain convention read out the way MarkupText reads the parsed structure. */
    private static String before(String text) {
        StringBuilder b = new StringBuilder();
        for (TextBlocks.Block block : TextBlocks.parse(text)) {
            if (block instanceof TextBlocks.Paragraph p) {
                b.append(p.text()).append('\n');
            } else if (block instanceof TextBlocks.Bullets bullets) {
                bullets.items().forEach(i -> b.append("• ").append(i).append('\n'));
            }
        }
        return b.toString().stripTrailing();
    }

    private static String after(String text) {
        return MarkupText.plain(MarkupParser.parse(text, 1).blocks());
    }

    @Test
    void everyTextOfTheExampleAndOfAGeneratedRoundReadsTheSameAsBefore() throws IOException {
        List<String> texts = new ArrayList<>();
        for (TransferCase c : List.of(ExampleRound.load(), GeneratedCase.of(60, 6, 3))) {
            for (Transfer t : c.transfers()) {
                texts.add(t.background());
                texts.add(t.consequences());
                texts.add(t.recommendation());
            }
        }
        assertThat(texts).hasSizeGreaterThan(180);
        for (String text : texts) {
            assertThat(after(text)).as(text).isEqualTo(before(text));
        }
    }

    @Test
    void theOldConventionsKeepTheirMeaning() {
        String text = "Indledning over\nto linjer.\n- første punkt\n  fortsat\n- andet punkt\nEt nyt afsnit efter punkterne.";
        assertThat(after(text)).isEqualTo(before(text)).isEqualTo(
                "Indledning over to linjer.\n• første punkt fortsat\n• andet punkt\nEt nyt afsnit efter punkterne.");
    }

    @Test
    void pastedWordBulletsAndNumberedLinesBecomeLists() {
        Parsed p = MarkupParser.parse("Forvaltningen vil:\n•\tombygge indgangene\n•\tsætte skilte op\n\n1.\tførst dette\n2.\tså dette", 1);
        assertThat(p.blocks()).hasSize(3);
        assertThat(p.blocks().get(1)).isInstanceOfSatisfying(Items.class, i -> {
            assertThat(i.ordered()).isFalse();
            assertThat(i.items()).hasSize(2);
        });
        assertThat(p.blocks().get(2)).isInstanceOfSatisfying(Items.class, i -> {
            assertThat(i.ordered()).isTrue();
            assertThat(i.items()).hasSize(2);
        });
        assertThat(MarkupText.plain(p.blocks())).isEqualTo(
                "Forvaltningen vil:\n• ombygge indgangene\n• sætte skilte op\n1. først dette\n2. så dette");
    }

    @Test
    void emphasisQuotationsNestingFootnotesAndFigurePlaces() {
        String text = "Det er *vigtigt* og **bindende**.[^a]\n\n> Et citat.\n\n1. punkt\n   - under\n2. punkt\n\n![](figur-1.png)\n\n[^a]: BIU, 27.11.2008.";
        Parsed p = MarkupParser.parse(text, 4);
        assertThat(((Para) p.blocks().get(0)).inlines()).containsExactly(
                Run.plain("Det er "), new Run("vigtigt", true, false), Run.plain(" og "), new Run("bindende", false, true),
                Run.plain("."), new Markup.NoteRef(4));
        assertThat(p.blocks().get(1)).isInstanceOf(Quote.class);
        Items list = (Items) p.blocks().get(2);
        assertThat(list.items().get(0).blocks()).hasSize(2).last().isInstanceOf(Items.class);
        assertThat(p.blocks().get(3)).isEqualTo(new Markup.FigurePlace("figur-1.png"));
        assertThat(p.notes()).hasSize(1);
        assertThat(p.notes().get(0).number()).isEqualTo(4);
        assertThat(MarkupText.plain(p.notes().get(0).blocks())).isEqualTo("BIU, 27.11.2008.");
    }

    @Test
    void headingsCodeBlocksAndHtmlStayText() {
        String text = "# ikke en overskrift\n\n    ikke kode\n\n<b>ikke html</b>";
        assertThat(after(text)).isEqualTo("# ikke en overskrift\nikke kode\n<b>ikke html</b>");
    }
}
