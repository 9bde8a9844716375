package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.service.CaseService;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Table cells (commitment amounts, underspend lines) count when left, not only on Enter, and closing
 * the window with an invalid value asks "Ret" / "Kassér" (issue 8, decision 0113). Typed key by key
 * into the real window on the example round; each test reads what is stored after the window is closed.
 */
class CellEditingWindowTest extends WindowTestBase {

    private static final String INVALID_STATUS = "Et felt har en ugyldig værdi, som ikke er gemt. Ret den, eller tryk Esc for at fortryde.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Transfer 12 with one commitment "Firma A", 100.000 kr., added through the form. */
    private void transferTwelveWithOneCommitment() {
        settle();
        selectTransfer(12);
        typeInto("#newParty", "Firma A");
        typeInto("#newAmount", "100.000");
        push(KeyCode.ENTER);
        settle();
        assertThat(commitmentsTable().getItems()).extracting(Commitment::party).containsExactly("Firma A");
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Commitment> commitmentsTable() {
        return lookup("#commitmentsTable").queryAs(TableView.class);
    }

    /** Starts editing a cell and types the text key by key (no Enter). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void typeInCell(String tableId, int row, int column, String text) {
        TableView table = table(tableId);
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
            table.edit(row, (TableColumn) table.getColumns().get(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node editor = lookup(tableId + " #cellEditor").query();
        waitUntil(editor::isFocused);
        interact(() -> ((javafx.scene.control.TextField) editor).clear());
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cell shown at (row, column) of a table. */
    private TableCell<?, ?> cell(String tableId, int row, int column) {
        TableColumn<?, ?> col = table(tableId).getColumns().get(column);
        return lookup(tableId + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == col && c.getIndex() == row && !c.isEmpty())
                .findFirst().orElseThrow();
    }

    private boolean isRed(TableCell<?, ?> cell) {
        return cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid"));
    }

    private void requestClose() {
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        settle();
    }

    @Test
    void aCommitmentAmountLeftByClickingElsewhereIsStoredAsOneUndoStep() {
        transferTwelveWithOneCommitment();
        typeInCell("#commitmentsTable", 0, 2, "250.000");
        clickOn("#newDescription");
        settle();
        assertThat(commitmentsTable().getItems().get(0).amount()).isEqualTo(Money.ofKroner(250_000));
        assertThat(cell("#commitmentsTable", 0, 2).getText()).isEqualTo("250.000,00");
        assertThat(text("#statusLabel")).isEqualTo("Alle ændringer er gemt.");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(commitmentsTable().getItems().get(0).amount()).isEqualTo(Money.ofKroner(100_000));
        push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).commitments()).extracting(Commitment::amount)
                    .containsExactly(Money.ofKroner(250_000));
        }
    }

    @Test
    void aCommitmentAmountStillBeingTypedIsStoredWhenTheWindowCloses() {
        transferTwelveWithOneCommitment();
        typeInCell("#commitmentsTable", 0, 2, "175.000,5");
        requestClose();
        assertThat(stage.isShowing()).isFalse();
        assertThat(dialogs.fixQuestions).isEmpty();
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).commitments()).extracting(Commitment::amount)
                    .containsExactly(Money.ofOere(17_500_050));
        }
    }

    @Test
    void anInvalidCommitmentAmountStaysRedIsNotStoredAndLeavingTheTransferAsks() {
        transferTwelveWithOneCommitment();
        typeInCell("#commitmentsTable", 0, 2, "12,345");
        push(KeyCode.TAB);
        settle();
        assertThat(cell("#commitmentsTable", 0, 2).getText()).isEqualTo("12,345");
        assertThat(isRed(cell("#commitmentsTable", 0, 2))).isTrue();
        assertThat(text("#commitmentsMessage")).isEqualTo("„12,345“ har mere end to decimaler (øre).");
        assertThat(text("#statusLabel")).isEqualTo(INVALID_STATUS);
        assertThat(commitmentsTable().getItems().get(0).amount()).isEqualTo(Money.ofKroner(100_000));

        dialogs.fixAnswer = true;
        interact(() -> transfersTable().getSelectionModel().select(
                transfersTable().getItems().stream().filter(i -> i.value().number() == 13).findFirst().orElseThrow()));
        settle();
        assertThat(dialogs.fixQuestions).singleElement().asString()
                .contains("Beløb", "række 1", "overførsel 12. ESDH 2");
        waitUntil(() -> transfersTable().getSelectionModel().getSelectedItem().value().number() == 12);
        settle();
        assertThat(cell("#commitmentsTable", 0, 2).getText()).isEqualTo("12,345");
        assertThat(isRed(cell("#commitmentsTable", 0, 2))).isTrue();

        // closing asks too; "Ret" keeps the window open, "Kassér" closes without the text
        requestClose();
        assertThat(stage.isShowing()).isTrue();
        assertThat(dialogs.fixQuestions).hasSize(2);
        dialogs.fixAnswer = false;
        requestClose();
        assertThat(stage.isShowing()).isFalse();
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).commitments()).extracting(Commitment::amount)
                    .containsExactly(Money.ofKroner(100_000));
        }
    }

    @Test
    void anUnderspendAmountTypedWithoutEnterIsStoredOnClose() {
        settle();
        showRoundTab();
        typeInCell("#linesTable", 0, 1, "1.000.000");
        requestClose();
        assertThat(stage.isShowing()).isFalse();
        try (CaseService s = services().open(dbPath())) {
            List<UnderspendLine> lines = s.load(s.resolveRound(null)).round().underspendLines();
            assertThat(lines.get(0).amount()).isEqualTo(Money.ofKroner(1_000_000));
        }
    }

    @Test
    void anInvalidUnderspendAmountStaysRedAndClosingAsksFixOrDiscard() {
        settle();
        showRoundTab();
        @SuppressWarnings("unchecked")
        Money before = ((List<UnderspendLine>) (List<?>) table("#linesTable").getItems()).get(0).amount();
        typeInCell("#linesTable", 0, 1, "1.000.000,001");
        // leave the cell by clicking the new line's field (scrolled on screen: in the full suite it was found
        // below the window's edge)
        clickInView("#newLineText");
        settle();
        // the row's cells may be laid out again once more on a loaded machine: wait for that pulse
        waitUntil(() -> "1.000.000,001".equals(cell("#linesTable", 0, 1).getText()));
        assertThat(cell("#linesTable", 0, 1).getText()).isEqualTo("1.000.000,001");
        assertThat(isRed(cell("#linesTable", 0, 1))).isTrue();
        assertThat(text("#roundMessage")).startsWith("Række 1: ");
        assertThat(text("#statusLabel")).isEqualTo(INVALID_STATUS);

        dialogs.fixAnswer = true;
        requestClose();
        assertThat(stage.isShowing()).isTrue();
        assertThat(dialogs.fixQuestions).singleElement().asString().contains("før vinduet lukkes");
        dialogs.fixAnswer = false;
        requestClose();
        assertThat(stage.isShowing()).isFalse();
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.load(s.resolveRound(null)).round().underspendLines().get(0).amount()).isEqualTo(before);
        }
    }

    @Test
    void closingWithAnInvalidEditorFieldAsksAndFixKeepsTheWindowOpen() {
        settle();
        selectTransfer(13);
        typeInto("#amountField", "12,345");
        dialogs.fixAnswer = true;
        requestClose();
        assertThat(stage.isShowing()).isTrue();
        assertThat(text("#amountField")).isEqualTo("12,345");
        assertThat(dialogs.fixQuestions).singleElement().asString().contains("før vinduet lukkes");
        dialogs.fixAnswer = false;
        requestClose();
        assertThat(stage.isShowing()).isFalse();
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 13).amount()).isEqualTo(Money.ofKroner(859_000));
        }
    }

    private double sceneY(String query) {
        Node n = lookup(query).query();
        return n.localToScene(n.getBoundsInLocal()).getMinY();
    }

    @Test
    void anErrorShowingUpDoesNotMoveTheNextField() {
        settle();
        selectTransfer(13);
        double early = sceneY("#earlyField");
        double amount = sceneY("#amountField");
        double table = sceneY("#transfersTable");
        assertThat(text("#amountError")).isNullOrEmpty();
        typeInto("#amountField", "12,345");
        push(KeyCode.ENTER);
        settle();
        assertThat(lookup("#amountError").query().isVisible()).isTrue();
        assertThat(text("#amountError")).isEqualTo("„12,345“ har mere end to decimaler (øre).");
        // the error line between the two fields had its room already: the gap is the same
        assertThat(sceneY("#earlyField") - sceneY("#amountField")).isEqualTo(early - amount);
        // the table's top moves by at most 2 px here (not by the error line's height, ~16 px); its cause is
        // elsewhere in the window (reported as not done)
        assertThat(Math.abs(sceneY("#transfersTable") - table)).isLessThanOrEqualTo(2.0);
    }
}
