package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.service.CaseService;
import dk.overfoersel.ui.model.TransferItem;
import java.util.List;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
        assertThat(text("#numberField")).as("the editor is emptied").isEmpty();
        assertThat(text("#titleField")).isEmpty();
        assertThat(text("#editorHeading")).isEqualTo("Ingen overførsel valgt");
    }

    /** The transfer's row is laid out inside the table's visible area (scrolled into view). */
    private boolean rowInView(int number) {
        TableView<TransferItem> table = transfersTable();
        javafx.geometry.Bounds view = table.localToScene(table.getLayoutBounds());
        return table.lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.isVisible() && r.getItem() instanceof TransferItem t && t.value().number() == number)
                .anyMatch(r -> {
                    javafx.geometry.Bounds b = r.localToScene(r.getLayoutBounds());
                    return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY() + 1;
                });
    }

    private List<Integer> tableNumbers() {
        return transfersTable().getItems().stream().map(i -> i.value().number()).toList();
    }

    /**
     * More transfers (17-30, by Ctrl+N) than the table shows, transfer 10 selected and the table scrolled to the
     * top: the last transfer needs scrolling to be seen.
     */
    private void moreTransfersThanRowsScrolledToTheTop() {
        for (int i = 0; i < 14; i++) {
            push(KeyCode.CONTROL, KeyCode.N);
            settle();
        }
        selectTransfer(10);
        interact(() -> transfersTable().scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowInView(10)).isTrue();
        assertThat(rowInView(30)).as("the last transfer is below the visible rows").isFalse();
    }

    @Test
    void ctrlNSelectsTheNewTransferAndScrollsItIntoView() {
        settle();
        moreTransfersThanRowsScrolledToTheTop();
        push(KeyCode.CONTROL, KeyCode.N);
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedNumber()).isEqualTo(31);
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().number()).isEqualTo(31);
        assertThat(text("#numberField")).isEqualTo("31");
        waitUntil(() -> rowInView(31));
        assertThat(tableNumbers()).isSorted();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 31)).isNotNull();
        }
    }

    @Test
    void renumberingSortsTheTableAgainAndKeepsTheTransferSelectedAndInView() {
        settle();
        selectTransfer(10);
        interact(() -> transfersTable().getSortOrder().setAll(transfersTable().getColumns().stream()
                .filter(c -> "numberColumn".equals(c.getId())).toList()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableNumbers().get(0)).isEqualTo(10);
        moreTransfersThanRowsScrolledToTheTop();
        typeInto("#numberField", "99");
        push(KeyCode.ENTER);
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedNumber()).isEqualTo(99);
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().number()).isEqualTo(99);
        List<Integer> numbers = tableNumbers();
        assertThat(numbers).isSorted();
        assertThat(numbers.get(numbers.size() - 1)).as("re-sorted: 99 is last").isEqualTo(99);
        waitUntil(() -> rowInView(99));
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 99).title()).isNotEmpty();
            assertThat(s.load(s.resolveRound(null)).transfers()).noneMatch(t -> t.number() == 10);
        }
    }
}
