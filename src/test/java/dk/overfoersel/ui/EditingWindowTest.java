package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

/** Editing in the real window on the example round. */
class EditingWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aTypedAmountIsPreviewedInTheBarAndStoredOnEnter() {
        settle();
        assertThat(text("#requestedValue")).isEqualTo("36,7 mio. kr.");
        selectTransfer(12);
        assertThat(text("#amountField")).isEqualTo("4.500.000,00");

        typeInto("#amountField", "5.000.000");
        // typed, not finished: the bar previews it (marked), the table's totals keep the finished value
        assertThat(lookup("#requestedValue").queryLabeled().getTooltip().getText()).startsWith("37.184.000,00 kr.");
        assertThat(text("#requestedValue")).isEqualTo("37,2 mio. kr.");
        assertThat(lookup("#ceilingPreview").query().isVisible()).isTrue();
        assertThat(text("#transfersTotals")).contains("beløb 36,684 ·");
        settleAfterTyping();
        assertThat(text("#transfersTotals")).as("a pause does not store it").contains("beløb 36,684 ·");

        push(KeyCode.ENTER);
        settle();
        assertThat(text("#transfersTotals")).contains("beløb 37,184 ·");
        assertThat(lookup("#ceilingPreview").query().isVisible()).isFalse();
        assertThat(text("#amountField")).isEqualTo("5.000.000,00");
        assertThat(text("#statusLabel")).isEqualTo("Alle ændringer er gemt.");
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).amount()).isEqualTo(Money.ofKroner(5_000_000));
        }
    }

    @Test
    void goingOverTheCeilingShowsTheErrorStateWithAText() {
        settle();
        Node bar = lookup("#ceilingBar").query();
        assertThat(bar.getStyleClass()).contains("ceiling-ok");
        selectTransfer(12);
        typeInto("#amountField", "20.000.000");
        assertThat(bar.getStyleClass()).contains("ceiling-over").doesNotContain("ceiling-ok");
        assertThat(lookup("#ceilingLevel").queryLabeled().isVisible()).isTrue();
        assertThat(text("#ceilingLevel")).startsWith("Over loftet med 3,0 mio. kr.");
        assertThat(text("#headroomValue")).isEqualTo("-3,0 mio. kr.");
    }

    @Test
    void anInvalidAmountIsRejectedWithAVisibleMessageAndNothingIsSaved() {
        settle();
        selectTransfer(12);
        // every prefix of this text is invalid too, so nothing is applied on the way
        typeInto("#amountField", "-1.000");
        Node error = lookup("#amountError").query();
        assertThat(error.isVisible()).isTrue();
        assertThat(text("#amountError")).isEqualTo("Beløbet må ikke være negativt (-1.000,00 kr.).");
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(lookup("#amountField").query()))
                .as("ControlsFX decoration on the field").isNotEmpty();
        typeInto("#amountField", "x12");
        assertThat(text("#amountError")).contains("„x12“ er ikke et beløb");
        assertThat(text("#requestedValue")).isEqualTo("36,7 mio. kr.");
        settleAfterTyping();
        clickOn("#titleField");
        settleAfterTyping();
        assertThat(text("#requestedValue")).isEqualTo("36,7 mio. kr.");

        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            Transfer stored = storedTransfer(s, 12);
            assertThat(stored.amount()).isEqualTo(Money.ofKroner(4_500_000));
        }
    }

    @Test
    void addingACommitmentUpdatesCommittedAndUncommitted() {
        settle();
        selectTransfer(12);
        assertThat(text("#committedValue")).isEqualTo("0,00 kr.");
        assertThat(text("#uncommittedValue")).isEqualTo("4.500.000,00 kr.");
        typeInto("#newParty", "Leverandør A");
        typeInto("#newAmount", "1.234,5");
        assertThat(text("#newParty")).isEqualTo("Leverandør A");
        interact(() -> lookup("#addCommitment").query().requestFocus());
        clickOn("#addCommitment");
        assertThat(text("#commitmentsMessage")).isEmpty();
        assertThat(text("#committedValue")).isEqualTo("1.234,50 kr.");
        assertThat(text("#uncommittedValue")).isEqualTo("4.498.765,50 kr.");
        settle();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).commitments()).hasSize(1);
        }
    }

    @Test
    void transferTenWarnsThatItsCommitmentsExceedItsAmount() {
        settle();
        selectTransfer(10);
        assertThat(lookup("#exceedWarning").query().isVisible()).isTrue();
        assertThat(text("#exceedWarning")).contains("15.800.000,00 kr.", "15.739.000,00 kr.");
        assertThat(text("#uncommittedValue")).isEqualTo("4.839.000,00 kr.");
    }

    @Test
    void deletingAndUndoingATransfer() {
        settle();
        selectTransfer(16);
        clickOn("#deleteTransfer");
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(transfersTable().getItems()).hasSize(6);
        assertThat(text("#requestedValue")).isEqualTo("35,2 mio. kr.");
        settle();

        clickOn("#transfersTable");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(transfersTable().getItems()).hasSize(7);
        assertThat(text("#requestedValue")).isEqualTo("36,7 mio. kr.");
        settle();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.load(s.resolveRound(null)).transfers()).hasSize(7);
            assertThat(storedTransfer(s, 16).title()).isEqualTo("Analyse af samarbejdet med eksterne aktører");
        }
    }

    @Test
    void searchFiltersTheTable() {
        settle();
        assertThat(transfersTable().getItems()).hasSize(7);
        typeInto("#searchField", "ESDH");
        assertThat(transfersTable().getItems()).extracting(i -> i.value().number()).containsExactly(12);
        assertThat(text("#transfersCount")).isEqualTo("1 af 7 overførsler");
        typeInto("#searchField", "");
        assertThat(transfersTable().getItems()).hasSize(7);
    }

    @Test
    void addingATransferSelectsItsTitleForTyping() {
        settle();
        clickOn("#addTransfer");
        settle();
        assertThat(transfersTable().getItems()).hasSize(8);
        assertThat(text("#numberField")).isEqualTo("17");
        assertThat(lookup("#titleField").query().isFocused()).isTrue();
        write("Ny aftale om jobcentre");
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().title()).isEqualTo("Ny aftale om jobcentre");
        settleAfterTyping();
        assertThat(dialogs.errors).isEmpty();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 17).title()).isEqualTo("Ny aftale om jobcentre");
        }
    }

    @Test
    void theMarkerColumnFollowsEdits() {
        settle();
        selectTransfer(12);
        assertThat(markerOf(12)).isEmpty();
        paste("#consequencesArea", "");
        assertThat(markerOf(12)).isEqualTo("✎");
        selectTransfer(10);
        assertThat(markerOf(10)).isEqualTo("⚠");
        paste("#amountField", "16.000.000");
        assertThat(markerOf(10)).as("not before the amount is finished").isEqualTo("⚠");
        push(KeyCode.ENTER);
        assertThat(markerOf(10)).isEmpty();
    }

    private String markerOf(int number) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node cell : lookup(".marker-cell").queryAll()) {
            javafx.scene.control.TableCell<?, ?> c = (javafx.scene.control.TableCell<?, ?>) cell;
            if (c.getTableRow() != null && c.getTableRow().getItem() instanceof dk.overfoersel.ui.model.TransferItem item
                    && item.value().number() == number) {
                // the markers are drawn icons; each carries the character it stands for
                StringBuilder shown = new StringBuilder();
                if (c.getGraphic() instanceof javafx.scene.Parent icons) {
                    icons.getChildrenUnmodifiable().forEach(i -> shown.append(i.getUserData()));
                }
                return shown.toString();
            }
        }
        throw new AssertionError("no row for " + number);
    }
}
