package dk.overfoersel.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanishAmountsTest {

    private static List<String> keys(String text) {
        return DanishAmounts.find(text).stream().map(AmountMention::key).toList();
    }

    @Test
    void recognisesTheWaysAmountsAreWritten() {
        assertThat(keys("BR overførte 15,7 mio. kr. i november")).containsExactly("15,7 mio. kr.");
        assertThat(keys("heraf 900.000 kr. til konsulenter")).containsExactly("900.000 kr.");
        assertThat(keys("suppleres med 1,3 mio.")).containsExactly("1,3 mio. kr.");
        assertThat(keys("de resterende 4,9 mio. kr. er ikke bundet")).containsExactly("4,9 mio. kr.");
        assertThat(keys("15.739.000,50 kr. og 250 t. kr. og 1,2 mia. kr. og 3 millioner kroner"))
                .containsExactly("15.739.000,50 kr.", "250 t. kr.", "1,2 mia. kr.", "3 mio. kr.");
        assertThat(keys("med no-break 25,7\u00a0mio.\u00a0kr. og smal 49,1\u202fmio.\u202fkr."))
                .containsExactly("25,7 mio. kr.", "49,1 mio. kr.");
    }

    @Test
    void numbersWithoutAUnitAreNotAmounts() {
        assertThat(keys("BR, 27.11.2008: omkring 1.700 ansøgninger og 27 sager i 2009 (BR 10/04-03)")).isEmpty();
        assertThat(keys("en kromand og 12 krukker")).isEmpty();
    }

    @Test
    void anAmountMatchesAFigureRoundedHalfUpToThePrecisionWritten() {
        AmountMention m = DanishAmounts.find("15,7 mio. kr.").get(0);
        assertThat(m.matches(Money.ofKroner(15_739_000))).isTrue();
        assertThat(m.matches(Money.ofKroner(15_650_000))).as("15,65 rounds half-up to 15,7").isTrue();
        assertThat(m.matches(Money.ofKroner(15_649_999))).isFalse();
        assertThat(m.matches(Money.ofKroner(15_750_000))).as("15,75 rounds to 15,8").isFalse();
        AmountMention exact = DanishAmounts.find("15,739 mio. kr.").get(0);
        assertThat(exact.matches(Money.ofKroner(15_739_000))).isTrue();
        assertThat(exact.matches(Money.ofKroner(15_740_000))).isFalse();
        AmountMention kroner = DanishAmounts.find("900.000 kr.").get(0);
        assertThat(kroner.matches(Money.ofKroner(900_000))).isTrue();
        assertThat(kroner.matches(Money.ofOere(90_000_049))).as("900.000,49 kr. rounds to 900.000").isTrue();
        assertThat(kroner.matches(Money.ofKroner(900_001))).isFalse();
        assertThat(DanishAmounts.find("ca. 1 mio. kr.").get(0).matches(Money.ofKroner(859_000))).isTrue();
    }

    @Test
    void canonicalFormIsOneAmountWithItsUnitInFull() {
        assertThat(DanishAmounts.canonical(" 5,9 mio. ")).contains("5,9 mio. kr.");
        assertThat(DanishAmounts.canonical("5,9\u00a0mio.\u00a0kr.")).contains("5,9 mio. kr.");
        assertThat(DanishAmounts.canonical("−9,3 mio. kr.")).contains("9,3 mio. kr.");
        assertThat(DanishAmounts.canonical("5,9")).isEmpty();
        assertThat(DanishAmounts.canonical("5,9 mio. kr. og 3 kr.")).isEmpty();
        assertThat(DanishAmounts.canonical("ca. 5,9 mio. kr.")).isEmpty();
    }
}
