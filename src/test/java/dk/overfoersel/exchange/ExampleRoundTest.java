package dk.overfoersel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.domain.WarningCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seed's case as shipped in resources/examples: its figures are the oracle. */
class ExampleRoundTest {

    @Test
    void exampleRoundGivesTheSeedsFigures() {
        TransferCase example = ExampleRound.load();
        assertThat(example.round().administration()).isEqualTo("Beskæftigelses- og Integrationsforvaltningen");
        assertThat(example.round().accountsYear()).isEqualTo(2008);
        assertThat(example.round().budgetYear()).isEqualTo(2009);
        assertThat(example.round().earlyDecisionDate()).isEqualTo(LocalDate.of(2008, 11, 27));
        assertThat(example.round().underspendLines()).hasSize(8);
        assertThat(example.transfers()).extracting(t -> t.number()).containsExactly(10, 11, 12, 13, 14, 15, 16);

        Summary s = example.runningSum().summary();
        assertThat(DanishFormat.amount(s.netUnderspend())).isEqualTo("23.400.000,00");
        assertThat(DanishFormat.amount(s.earlyTotal())).isEqualTo("25.739.000,00");
        assertThat(DanishFormat.amount(s.ceiling())).isEqualTo("49.139.000,00");
        assertThat(DanishFormat.millions(s.ceiling())).isEqualTo("49,1 mio. kr.");
        assertThat(DanishFormat.amount(s.requestedTotal())).isEqualTo("36.684.000,00");
        assertThat(DanishFormat.amount(s.headroom())).isEqualTo("12.455.000,00");
        assertThat(DanishFormat.amount(s.skema3AtRisk())).isEqualTo("18.484.000,00");

        TransferFigures ten = s.transfers().get(0);
        assertThat(DanishFormat.amount(ten.committed())).isEqualTo("7.700.000,00");
        assertThat(DanishFormat.amount(ten.pending())).isEqualTo("3.200.000,00");
        assertThat(DanishFormat.amount(ten.planned())).isEqualTo("4.900.000,00");
        assertThat(DanishFormat.amount(ten.uncommitted())).isEqualTo("4.839.000,00");

        assertThat(s.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.COMMITMENTS_EXCEED_AMOUNT);
            assertThat(w.transfer()).isEqualTo(10);
            assertThat(w.message()).contains("15.800.000,00 kr.", "15.739.000,00 kr.");
        });
    }

    @Test
    void everySkema3TransferExplainsTheConsequences() {
        assertThat(ExampleRound.load().transfers())
                .allSatisfy(t -> assertThat(t.consequences()).as("transfer %d", t.number()).isNotBlank());
    }
}
