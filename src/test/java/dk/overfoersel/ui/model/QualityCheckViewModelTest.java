package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.check.Finding;
import dk.overfoersel.domain.check.ProblemKind;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panel before printing: findings of the example round, links, marking an amount as checked. */
class QualityCheckViewModelTest extends ViewModelTestBase {

    QualityCheckViewModel quality;
    final AtomicInteger printed = new AtomicInteger();

    @BeforeEach
    void create() {
        quality = new QualityCheckViewModel(workspace, main.transfers());
    }

    @Test
    void theExampleRoundIsHeldBackUntilTheUserGoesOn() {
        quality.check(printed::incrementAndGet);
        assertThat(printed.get()).isZero();
        assertThat(quality.showingProperty().get()).isTrue();
        assertThat(quality.findings()).extracting(f -> f.kind() + " " + f.transfer())
                .containsExactly("COMMITMENTS_EXCEED_AMOUNT 10", "UNMATCHED_AMOUNT 14", "UNMATCHED_AMOUNT 14", "UNMATCHED_AMOUNT 16");
        assertThat(quality.summaryProperty().get()).startsWith("Kvalitetstjekket fandt 1 problem(er) og 3 bemærkning(er)");

        quality.proceed();
        assertThat(printed.get()).isEqualTo(1);
        assertThat(quality.showingProperty().get()).isFalse();
    }

    @Test
    void aLinkSelectsTheTransferAndNamesTheField() {
        quality.check(printed::incrementAndGet);
        Finding slip = quality.findings().get(0);
        quality.go(slip);
        assertThat(main.transfers().selectedProperty().get().value().number()).isEqualTo(10);
        assertThat(quality.targetProperty().get()).isEqualTo(slip);
        assertThat(quality.showingProperty().get()).isFalse();
        assertThat(printed.get()).as("going to the field does not print").isZero();
    }

    @Test
    void markingTheAmountsAsCheckedStoresThemAndTheyAreNotReportedAgain() {
        quality.check(printed::incrementAndGet);
        for (Finding f : quality.findings().stream().filter(f -> f.kind() == ProblemKind.UNMATCHED_AMOUNT).toList()) {
            quality.markChecked(f);
        }
        assertThat(quality.findings()).extracting(Finding::kind).containsExactly(ProblemKind.COMMITMENTS_EXCEED_AMOUNT);
        assertThat(stored(14).checkedAmounts()).containsExactly("2,2 mio. kr.", "0,9 mio. kr.");
        assertThat(stored(16).checkedAmounts()).containsExactly("1,8 mio. kr.");
    }
}
