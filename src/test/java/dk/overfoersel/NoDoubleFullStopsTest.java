package dk.overfoersel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No message shows two full stops in a row, also when an argument ends with one (issue 8). */
class NoDoubleFullStopsTest {

    /** Two full stops, but not an ellipsis written as three. */
    private static boolean hasDoubleFullStop(String text) {
        return text.replace("...", "…").contains("..");
    }

    @Test
    void noBundleTextHasTwoFullStopsInARow() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String key : LocalizationConsistencyTest.definedKeys()) {
            if (hasDoubleFullStop(Texts.bundle().getString(key))) {
                bad.add(key);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyMessageFormattedWithArgumentsEndingInAFullStopHasNoDoubleFullStop() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String key : LocalizationConsistencyTest.definedKeys()) {
            String text = Texts.get(key, "a.", "b.", "c.", "d.", "e.", "f.", "g.");
            if (hasDoubleFullStop(text)) {
                bad.add(key + " = " + text);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void anAmountInKronerAtTheEndOfASentenceKeepsOneFullStop() {
        String amount = DanishFormat.millions(Money.ofKroner(49_100_000));
        assertThat(amount).endsWith("kr.");
        assertThat(Texts.get("bilag.intro.ceilingNoEarly", amount)).isEqualTo("Forvaltningen kan i alt overføre 49,1 mio. kr.");
        // an argument without a full stop keeps the message's own
        assertThat(Texts.get("ui.export.done", "runde.json")).isEqualTo("Runden er gemt i runde.json.");
    }
}
