package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.service.CaseService;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Only a finished, valid value is stored (issue 8, decision 0110): typed key by key into the real
 * window on the example round; each test reads what is stored after the window is closed.
 */
class FinishedValuesWindowTest extends WindowTestBase {

    private static final String INVALID_STATUS = "Et felt har en ugyldig værdi, som ikke er gemt. Ret den, eller tryk Esc for at fortryde.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Ctrl+N: transfer 17 with amount 2.500.000 (finished with Enter). */
    private void newTransferWithAmount(String amount) {
        settle();
        clickOn("#addTransfer");
        settle();
        assertThat(text("#numberField")).isEqualTo("17");
        typeInto("#amountField", amount);
        push(KeyCode.ENTER);
        settle();
    }

    @Test
    void anEarlyPartAboveTheAmountIsNotStoredNotEvenItsPrefix() {
        newTransferWithAmount("2.500.000");
        typeInto("#earlyField", "3.000.000");
        push(KeyCode.ENTER);
        settleAfterTyping();
        assertThat(text("#earlyError")).isEqualTo("Den tidligt godkendte del 3.000.000,00 kr. er større end beløbet 2.500.000,00 kr.");
        assertThat(text("#earlyField")).isEqualTo("3.000.000");
        assertThat(text("#statusLabel")).isEqualTo(INVALID_STATUS);
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().earlyApproved()).isEqualTo(Money.ZERO);
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 17).amount()).isEqualTo(Money.ofKroner(2_500_000));
            assertThat(storedTransfer(s, 17).earlyApproved()).isEqualTo(Money.ZERO);
        }
    }

    @Test
    void aValidEarlyPartTypedAndFinishedWithEnterIsStoredWhole() {
        newTransferWithAmount("5.000.000");
        typeInto("#earlyField", "3.000.000");
        push(KeyCode.ENTER);
        settle();
        assertThat(text("#earlyField")).isEqualTo("3.000.000,00");
        assertThat(text("#statusLabel")).isEqualTo("Alle ændringer er gemt.");
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 17).earlyApproved()).isEqualTo(Money.ofKroner(3_000_000));
        }
    }

    @Test
    void closingTheWindowStoresAFieldWithoutEnterOnlyWhenValid() {
        settle();
        selectTransfer(12);
        typeInto("#amountField", "5.000.000");
        settleAfterTyping();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).amount()).isEqualTo(Money.ofKroner(5_000_000));
        }
    }

    @Test
    void anAmountWithThreeDecimalsIsNeverStoredNotEvenWhenClosing() {
        settle();
        selectTransfer(13);
        typeInto("#amountField", "12,345");
        settleAfterTyping();
        assertThat(text("#amountError")).isEqualTo("„12,345“ har mere end to decimaler (øre).");
        assertThat(text("#statusLabel")).isEqualTo(INVALID_STATUS);
        push(KeyCode.ENTER);
        settle();
        assertThat(text("#amountField")).isEqualTo("12,345");
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 13).amount()).isEqualTo(Money.ofKroner(859_000));
        }
    }

    @Test
    void renumberingToATakenNumberIsAnErrorNamingItsTransfer() {
        settle();
        selectTransfer(11);
        typeInto("#numberField", "12");
        push(KeyCode.ENTER);
        settleAfterTyping();
        assertThat(text("#numberError")).isEqualTo("Nummer 12 er allerede brugt af overførsel 12. ESDH 2.");
        assertThat(lookup("#numberError").query().isVisible()).isTrue();
        assertThat(transfersTable().getItems()).extracting(i -> i.value().number()).contains(11, 12).doesNotContain(1);
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.load(s.resolveRound(null)).transfers()).extracting(t -> t.number())
                    .containsExactlyInAnyOrder(10, 11, 12, 13, 14, 15, 16);
        }
    }

    @Test
    void oneUndoStepPerFinishedValue() {
        settle();
        selectTransfer(14);
        typeInto("#amountField", "1.400.000");
        settleAfterTyping();
        push(KeyCode.ENTER);
        settle();
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(text("#amountField")).isEqualTo("1.300.000,00");
        assertThat(window.viewModel().workspace().undoStack().canUndoProperty().get()).isFalse();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 14).amount()).isEqualTo(Money.ofKroner(1_300_000));
        }
    }

    @Test
    void leavingATransferWithAnInvalidFieldAsksAndFixGoesBack() {
        settle();
        selectTransfer(12);
        typeInto("#amountField", "12,345");
        dialogs.fixAnswer = true;
        trySelect(13);
        settle();
        assertThat(dialogs.fixQuestions).singleElement().asString().contains("Beløb (kr.)", "overførsel 12. ESDH 2");
        waitUntil(() -> transfersTable().getSelectionModel().getSelectedItem().value().number() == 12);
        assertThat(text("#amountField")).isEqualTo("12,345");
        assertThat(text("#amountError")).isEqualTo("„12,345“ har mere end to decimaler (øre).");

        dialogs.fixAnswer = false;
        trySelect(13);
        settle();
        assertThat(dialogs.fixQuestions).hasSize(2);
        assertThat(text("#amountField")).isEqualTo("859.000,00");
        assertThat(text("#statusLabel")).isNotEqualTo(INVALID_STATUS);
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).amount()).isEqualTo(Money.ofKroner(4_500_000));
        }
    }

    /** Selects through the table without asserting that the selection stays. */
    private void trySelect(int number) {
        interact(() -> transfersTable().getItems().stream().filter(i -> i.value().number() == number).findFirst()
                .ifPresent(i -> transfersTable().getSelectionModel().select(i)));
    }

    @Test
    void aDateThatDoesNotExistIsAnErrorNotCorrected() {
        settle();
        showRoundTab();
        DatePicker picker = lookup("#earlyDatePicker").queryAs(DatePicker.class);
        LocalDate before = picker.getValue();
        clickOn(picker.getEditor());
        interact(picker.getEditor()::selectAll);
        write("31.02.2008");
        push(KeyCode.ENTER);
        settle();
        assertThat(text("#roundMessage")).isEqualTo("„31.02.2008“ er ikke en dato (skriv dd.mm.åååå, fx 27.11.2008).");
        waitUntil(() -> "31.02.2008".equals(picker.getEditor().getText()));
        assertThat(picker.getValue()).isEqualTo(before);
        assertThat(text("#statusLabel")).isEqualTo(INVALID_STATUS);
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.load(s.resolveRound(null)).round().earlyDecisionDate()).isEqualTo(before);
        }
    }

    /** Where a node is inside a card (independent of the editor's scrolling). */
    private double yIn(String card, String query) {
        javafx.scene.Node root = lookup(card).query();
        javafx.scene.Node node = lookup(query).query();
        return root.sceneToLocal(node.localToScene(0, 0)).getY();
    }

    @Test
    void errorsAndWarningsDoNotMoveTheFieldsOrTheTable() {
        settle();
        selectTransfer(13);
        double title = yIn("#transferEditor", "#titleField");
        double early = yIn("#transferEditor", "#earlyField");
        double background = yIn("#transferEditor", "#backgroundArea");
        assertThat(text("#numberError")).isNullOrEmpty();
        typeInto("#numberField", "x");
        typeInto("#amountField", "12,345");
        settle();
        assertThat(text("#numberError")).isNotEmpty();
        assertThat(text("#amountError")).isNotEmpty();
        assertThat(lookup("#amountError").query().isVisible()).isTrue();
        assertThat(yIn("#transferEditor", "#titleField")).isEqualTo(title, org.assertj.core.data.Offset.offset(0.5));
        assertThat(yIn("#transferEditor", "#earlyField")).isEqualTo(early, org.assertj.core.data.Offset.offset(0.5));
        assertThat(yIn("#transferEditor", "#backgroundArea")).isEqualTo(background, org.assertj.core.data.Offset.offset(0.5));
        // nor does a message long enough to wrap over more lines than the room kept for it
        typeInto("#amountField", "12345678901234567890123456789012345x");
        settle();
        assertThat(text("#amountError")).startsWith("„12345678901234567890123456789012345x“ er ikke et beløb");
        assertThat(yIn("#transferEditor", "#earlyField")).isEqualTo(early, org.assertj.core.data.Offset.offset(0.5));
        assertThat(yIn("#transferEditor", "#backgroundArea")).isEqualTo(background, org.assertj.core.data.Offset.offset(0.5));
        push(KeyCode.ESCAPE);
        clickOn("#numberField");
        push(KeyCode.ESCAPE);
        settle();

        // the commitments warning (transfer 10's contracts exceed its amount) does not move their table
        dialogs.fixAnswer = false;
        selectTransfer(12);
        settle();
        assertThat(text("#exceedWarning")).isNullOrEmpty();
        double table = yIn("#commitments", "#commitmentsTable");
        selectTransfer(10);
        settle();
        assertThat(text("#exceedWarning")).isNotEmpty();
        assertThat(yIn("#commitments", "#commitmentsTable")).isEqualTo(table, org.assertj.core.data.Offset.offset(0.5));
    }
}
