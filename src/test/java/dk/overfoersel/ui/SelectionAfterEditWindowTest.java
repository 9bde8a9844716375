package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.ui.model.TransferItem;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * After Ctrl+N and after a renumbering the affected transfer is selected, scrolled into view and the
 * table sorted again; a search that hides the selection empties the editor (issue 8). The round has 40
 * transfers, more than the table shows, so "scrolled into view" can fail.
 */
class SelectionAfterEditWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The example round plus transfers 20–52 (copies of transfer 10). */
    @Override
    protected TransferCase initialCase() {
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>(example.transfers());
        Transfer ten = example.transfers().stream().filter(t -> t.number() == 10).findFirst().orElseThrow();
        for (int n = 20; n <= 52; n++) {
            transfers.add(ten.withNumber(n));
        }
        return new TransferCase(example.round(), transfers);
    }

    private Integer selectedNumber() {
        TransferItem item = window.viewModel().transfers().selectedProperty().get();
        return item == null ? null : item.value().number();
    }

    /** True when the table shows the row of this transfer whole inside its visible area. */
    private boolean rowVisible(int number) {
        Bounds table = transfersTable().localToScreen(transfersTable().getBoundsInLocal());
        return lookup("#transfersTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && r.getItem() instanceof TransferItem i && i.value().number() == number)
                .anyMatch(r -> {
                    Bounds b = r.localToScreen(r.getBoundsInLocal());
                    return b.getMinY() >= table.getMinY() && b.getMaxY() <= table.getMaxY();
                });
    }

    private List<Integer> tableNumbers() {
        return transfersTable().getItems().stream().map(i -> i.value().number()).toList();
    }

    @Test
    void ctrlNSelectsTheNewTransferAndScrollsItIntoView() {
        settle();
        selectTransfer(10);
        interact(() -> transfersTable().scrollTo(0));
        settle();
        assertThat(rowVisible(10)).isTrue();
        assertThat(rowVisible(52)).isFalse();
        clickOn("#searchField");
        push(KeyCode.CONTROL, KeyCode.N);
        settle();
        assertThat(selectedNumber()).isEqualTo(53);
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().number()).isEqualTo(53);
        assertThat(text("#numberField")).isEqualTo("53");
        waitUntil(() -> rowVisible(53));
        assertThat(tableNumbers()).isSorted().endsWith(52, 53);
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.load(s.resolveRound(null)).transfers()).extracting(Transfer::number).contains(53);
        }
    }

    @Test
    void renumberingSortsTheTableAndKeepsTheTransferSelectedAndInView() {
        settle();
        selectTransfer(10);
        interact(() -> transfersTable().scrollTo(0));
        settle();
        assertThat(rowVisible(60)).isFalse();
        typeInto("#numberField", "60");
        push(KeyCode.ENTER);
        settle();
        assertThat(selectedNumber()).isEqualTo(60);
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().number()).isEqualTo(60);
        assertThat(tableNumbers()).isSorted().startsWith(11).endsWith(52, 60);
        waitUntil(() -> rowVisible(60));
        assertThat(rowVisible(11)).isFalse();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.load(s.resolveRound(null)).transfers()).extracting(Transfer::number)
                    .contains(60).doesNotContain(10);
        }
    }

    @Test
    void aSearchThatHidesTheSelectedTransferClearsTheEditor() {
        settle();
        selectTransfer(13);
        assertThat(text("#numberField")).isEqualTo("13");
        typeInto("#searchField", "ESDH");
        settle();
        assertThat(selectedNumber()).isNull();
        assertThat(text("#numberField")).isEmpty();
        assertThat(text("#amountField")).isEmpty();
        assertThat(text("#backgroundArea")).isEmpty();
    }
}
