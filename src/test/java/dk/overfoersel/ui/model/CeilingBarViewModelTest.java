package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import org.junit.jupiter.api.Test;

class CeilingBarViewModelTest extends ViewModelTestBase {

    @Test
    void showsTheExampleRoundsFigures() {
        CeilingBarViewModel bar = main.ceiling();
        assertThat(bar.ceiling().textProperty().get()).isEqualTo("49,1 mio. kr.");
        assertThat(bar.ceiling().exactProperty().get()).isEqualTo("49.139.000,00 kr.");
        assertThat(bar.requested().exactProperty().get()).isEqualTo("36.684.000,00 kr.");
        assertThat(bar.headroom().exactProperty().get()).isEqualTo("12.455.000,00 kr.");
        assertThat(bar.skema3AtRisk().exactProperty().get()).isEqualTo("18.484.000,00 kr.");
        assertThat(bar.early().exactProperty().get()).isEqualTo("25.739.000,00 kr.");
        assertThat(bar.netUnderspend().exactProperty().get()).isEqualTo("23.400.000,00 kr.");
        assertThat(bar.permilleProperty().get()).isEqualTo(746);
        assertThat(bar.levelProperty().get()).isEqualTo(CeilingBarViewModel.Level.OK);
        assertThat(bar.levelTextProperty().get()).isEqualTo("74,6 % af loftet er brugt");
    }

    @Test
    void warnsFromNinetyPercentAndIsOverAboveTheCeiling() {
        CeilingBarViewModel bar = main.ceiling();
        TransferItem t12 = item(12);
        // 90 % of 49.139.000 = 44.225.100; requested without 12 = 32.184.000
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(12_041_099), Money.ZERO));
        assertThat(bar.levelProperty().get()).isEqualTo(CeilingBarViewModel.Level.OK);
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(12_041_100), Money.ZERO));
        assertThat(bar.levelProperty().get()).isEqualTo(CeilingBarViewModel.Level.WARNING);
        assertThat(bar.levelTextProperty().get()).startsWith("Tæt på loftet");
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(16_955_000), Money.ZERO));
        assertThat(bar.levelProperty().get()).isEqualTo(CeilingBarViewModel.Level.WARNING);
        assertThat(bar.headroom().valueProperty().get()).isEqualTo(Money.ZERO);
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofOere(1_695_500_001L), Money.ZERO));
        assertThat(bar.levelProperty().get()).isEqualTo(CeilingBarViewModel.Level.OVER);
        assertThat(bar.levelTextProperty().get()).startsWith("Over loftet med 0,0 mio. kr.");
    }

    @Test
    void permilleIsExactIntegerArithmetic() {
        assertThat(CeilingBarViewModel.permille(Money.ZERO, Money.ZERO)).isZero();
        assertThat(CeilingBarViewModel.permille(Money.ofKroner(1), Money.ZERO)).isEqualTo(10_000);
        assertThat(CeilingBarViewModel.permille(Money.ofKroner(999), Money.ofKroner(1000))).isEqualTo(999);
        assertThat(CeilingBarViewModel.permille(Money.MAX, Money.ofOere(1))).isEqualTo(10_000);
    }

    @Test
    void withoutACeilingTheBarSaysSoInsteadOfAThousandPercent() {
        CeilingBarViewModel.Level withRequest = CeilingBarViewModel.level(Money.ofKroner(5_000), Money.ZERO, 0);
        assertThat(withRequest).isEqualTo(CeilingBarViewModel.Level.WARNING);
        assertThat(CeilingBarViewModel.levelText(withRequest, Money.ofKroner(5_000), Money.ZERO, 0)).isEqualTo("Intet loft endnu");
        assertThat(CeilingBarViewModel.level(Money.ZERO, Money.ZERO, 0)).isEqualTo(CeilingBarViewModel.Level.OK);
        assertThat(CeilingBarViewModel.levelText(CeilingBarViewModel.Level.OK, Money.ZERO, Money.ZERO, 0)).isEqualTo("Intet loft endnu");
        assertThat(CeilingBarViewModel.levelText(CeilingBarViewModel.Level.OK, Money.ofKroner(1), Money.ofKroner(2), 500))
                .isEqualTo("50,0 % af loftet er brugt");
    }
}
