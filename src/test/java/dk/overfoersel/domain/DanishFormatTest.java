package dk.overfoersel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DanishFormatTest {

    @Test
    void formatsMillionsWithOneDecimalHalfUp() {
        assertThat(DanishFormat.millions(Money.ofKroner(49_139_000))).isEqualTo("49,1 mio. kr.");
        assertThat(DanishFormat.millions(Money.ofKroner(23_400_000))).isEqualTo("23,4 mio. kr.");
        assertThat(DanishFormat.millions(Money.ofKroner(36_684_000))).isEqualTo("36,7 mio. kr.");
        assertThat(DanishFormat.millions(Money.ofKroner(1_250_000))).isEqualTo("1,3 mio. kr.");
        assertThat(DanishFormat.millions(Money.ofKroner(-9_300_000))).isEqualTo("-9,3 mio. kr.");
        assertThat(DanishFormat.millions(Money.ofKroner(1_234_567_890))).isEqualTo("1.234,6 mio. kr.");
    }

    @Test
    void formatsMillionsToTheThousand() {
        assertThat(DanishFormat.millionsToThousands(Money.ofKroner(15_739_000))).isEqualTo("15,739 mio. kr.");
        assertThat(DanishFormat.millionsToThousands(Money.ofKroner(10_000_000))).isEqualTo("10,0 mio. kr.");
        assertThat(DanishFormat.millionsToThousands(Money.ofKroner(1_480_000))).isEqualTo("1,48 mio. kr.");
        assertThat(DanishFormat.millions(Money.ofKroner(15_739_000), 3)).isEqualTo("15,739 mio. kr.");
    }

    @Test
    void formatsExactKroner() {
        assertThat(DanishFormat.kroner(Money.ofKroner(15_739_000))).isEqualTo("15.739.000,00 kr.");
        assertThat(DanishFormat.kroner(Money.ofOere(123_450))).isEqualTo("1.234,50 kr.");
        assertThat(DanishFormat.kroner(Money.ofOere(5))).isEqualTo("0,05 kr.");
        assertThat(DanishFormat.kroner(Money.ofOere(-930_000_000))).isEqualTo("-9.300.000,00 kr.");
        assertThat(DanishFormat.kroner(Money.ZERO)).isEqualTo("0,00 kr.");
        assertThat(DanishFormat.amount(Money.ofKroner(999))).isEqualTo("999,00");
        assertThat(DanishFormat.amount(Money.ofKroner(1000))).isEqualTo("1.000,00");
        assertThat(DanishFormat.wholeKroner(Money.ofKroner(15_739_000))).isEqualTo("15.739.000 kr.");
        assertThat(DanishFormat.wholeKroner(Money.ofOere(150))).isEqualTo("2 kr.");
    }

    @Test
    void formatsDates() {
        assertThat(DanishFormat.date(LocalDate.of(2008, 11, 27))).isEqualTo("27.11.2008");
        assertThat(DanishFormat.date(LocalDate.of(2009, 1, 5))).isEqualTo("05.01.2009");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.234,50        | 123450",
            "1.234,5         | 123450",
            "1234,5          | 123450",
            "1234            | 123400",
            "15.739.000      | 1573900000",
            "15 739 000 kr.  | 1573900000",
            "'  42 kr '      | 4200",
            "-9.300.000      | -930000000",
            "−9.300.000,00   | -930000000",
            "+12             | 1200",
            "0,05            | 5",
            "0               | 0",
    })
    void parsesWhatADaneTypes(String text, long oere) {
        assertThat(DanishFormat.parseAmount(text)).isEqualTo(Money.ofOere(oere));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,234     | mere end to decimaler",
            "12,345    | mere end to decimaler",
            "1.23      | grupper af tre",
            "1.2345,00 | grupper af tre",
            "12a       | er ikke et beløb",
            "1,2,3     | er ikke et beløb",
            "'  '      | mangler",
            "--5       | er ikke et beløb",
            "99999999999999999 | største",
    })
    void rejectsWhatIsNotAnAmountWithADanishMessage(String text, String message) {
        assertThatThrownBy(() -> DanishFormat.parseAmount(text))
                .isInstanceOf(DanishFormat.AmountFormatException.class)
                .hasMessageContaining(message);
    }

    @Test
    void formatAndParseAgree() {
        for (long oere : new long[] {0, 1, 99, 100, 123_456_789, -45_600, 999_999_999_999_999L}) {
            Money m = Money.ofOere(oere);
            assertThat(DanishFormat.parseAmount(DanishFormat.kroner(m))).isEqualTo(m);
        }
    }

    @Test
    void moneyIsExact() {
        assertThat(Money.ofKroner(new BigDecimal("0.10")).plus(Money.ofKroner(new BigDecimal("0.20"))))
                .isEqualTo(Money.ofKroner(new BigDecimal("0.30")));
        assertThat(Money.ofKroner(new BigDecimal("10800000.00")).kroner()).isEqualByComparingTo("10800000");
        assertThat(Money.ofKroner(new BigDecimal("1.5")).kroner().toPlainString()).isEqualTo("1.50");
        assertThatThrownBy(() -> Money.ofKroner(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
        assertThat(Money.ofKroner(new BigDecimal("1.230"))).isEqualTo(Money.ofOere(123));
    }
}
