package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.exchange.ExampleRound;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPreviewTest {

    private static List<String> describe(String text) {
        return TextPreview.of(text).stream().map(b -> b.kind() + (b.label().isEmpty() ? "" : "(" + b.label() + ")")
                + " " + b.plain()).toList();
    }

    @Test
    void theTextsStructureIsShown() {
        String text = """
                Status for aftalerne
                med leverandørerne:
                - kontrakter for **7,7 mio. kr.** er underskrevet
                •\tpasted from Word
                1. første skridt
                2. andet skridt

                > Handicappolitikken kræver *adgang for alle*.

                ![](figur-1.png)
                """;
        assertThat(describe(text)).containsExactly(
                "PARAGRAPH Status for aftalerne med leverandørerne:",
                "BULLET kontrakter for 7,7 mio. kr. er underskrevet",
                "BULLET pasted from Word",
                "NUMBERED(1) første skridt",
                "NUMBERED(2) andet skridt",
                "QUOTE Handicappolitikken kræver adgang for alle.",
                "FIGURE(figur-1.png) ");
        TextPreview.Block bullet = TextPreview.of(text).get(1);
        assertThat(bullet.spans()).extracting(s -> s.text() + (s.bold() ? "/b" : "") + (s.italic() ? "/i" : ""))
                .containsExactly("kontrakter for ", "7,7 mio. kr./b", " er underskrevet");
        assertThat(TextPreview.of(text).get(5).spans()).anyMatch(s -> s.italic() && s.text().equals("adgang for alle"));
    }

    @Test
    void theExampleRoundsTextsKeepTheirParagraphsAndBullets() {
        String background = ExampleRound.load().transfers().get(0).background();
        assertThat(describe(background)).containsExactly(
                "PARAGRAPH " + background.split("\n\n")[0],
                "PARAGRAPH " + background.split("\n\n")[1],
                "PARAGRAPH Status for aftalerne med eksterne leverandører:",
                "BULLET kontrakter for 7,7 mio. kr. er underskrevet",
                "BULLET aftaler for 3,2 mio. kr. er tæt på at blive underskrevet",
                "BULLET for de sidste 4,9 mio. kr. er forhandlingerne kun lige begyndt");
    }
}
