package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.ui.model.TransferItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The affected transfer is selected after undoing a delete; a search that hides the selection empties the editor. */
class SelectionWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Integer selectedNumber() {
        TransferItem item = window.viewModel().transfers().selectedProperty().get();
        return item == null ? null : item.value().number();
    }

    @Test
    void undoingADeleteSelectsTheTransferAgain() {
        settle();
        selectTransfer(12);
        interact(() -> window.viewModel().transfers().delete());
        settle();
        assertThat(selectedNumber()).isNotEqualTo(12);
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedNumber()).isEqualTo(12);
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().number()).isEqualTo(12);
        // sorted again: 12 between 11 and 13
        assertThat(transfersTable().getItems().get(2).value().number()).isEqualTo(12);
    }

    @Test
    void aSearchThatHidesTheSelectedTransferEmptiesTheEditor() {
        settle();
        selectTransfer(10);
        typeInto("#searchField", "ESDH");
        settle();
        assertThat(selectedNumber()).isNull();
        assertThat(transfersTable().getItems()).hasSize(1);
    }
}
