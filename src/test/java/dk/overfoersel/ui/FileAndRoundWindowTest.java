package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.service.CaseService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The Filer menu, the round chooser, the round details and undo of a saved edit. */
class FileAndRoundWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exportNewRoundChooserAndImportWithReplace() throws Exception {
        settle();
        Path file = dir.resolve("export.json");
        dialogs.jsonToSave = file;
        clickOn("#fileMenu");
        clickOn("#menuExport");
        settle();
        assertThat(Files.readString(file)).contains("\"format\"", "ESDH 2");
        assertThat(dialogs.savedNotices).hasSize(1);

        ComboBox<?> chooser = lookup("#roundChooser").queryAs(ComboBox.class);
        assertThat(chooser.isVisible()).isFalse();
        dialogs.newRound = Round.of("Økonomiforvaltningen", "Økonomiudvalget", 2024, null, List.of());
        clickOn("#fileMenu");
        clickOn("#menuNewRound");
        settle();
        assertThat(chooser.isVisible()).isTrue();
        assertThat(transfersTable().getItems()).isEmpty();
        assertThat(text("#ceilingValue")).isEqualTo("0,0 mio. kr.");
        assertThat(stage.getTitle()).contains("Økonomiforvaltningen");

        // back to the example through the chooser
        @SuppressWarnings("unchecked")
        ComboBox<RoundInfo> rounds = (ComboBox<RoundInfo>) chooser;
        interact(() -> rounds.getSelectionModel().select(
                rounds.getItems().stream().filter(r -> r.accountsYear() == 2008).findFirst().orElseThrow()));
        settle();
        assertThat(text("#ceilingValue")).isEqualTo("49,1 mio. kr.");

        // importing the exported file again replaces the round after asking
        selectTransfer(12);
        typeInto("#amountField", "1");
        settleAfterTyping();
        dialogs.jsonToOpen = file;
        clickOn("#fileMenu");
        clickOn("#menuImport");
        settle();
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(text("#requestedValue")).isEqualTo("36,7 mio. kr.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void editingAnUnderspendLineMovesTheCeiling() {
        settle();
        showRoundTab();
        @SuppressWarnings("unchecked")
        TableView<Object> lines = lookup("#linesTable").queryAs(TableView.class);
        assertThat(lines.getItems()).hasSize(8);
        assertThat(text("#netSum")).isEqualTo("Nettomindreforbrug: 23.400.000,00 kr. (23,4 mio. kr.)");
        typeInto("#newLineText", "Ekstra mindreforbrug");
        typeInto("#newLineAmount", "1.000.000");
        clickOn("#addLine");
        assertThat(lines.getItems()).hasSize(9);
        assertThat(text("#netSum")).contains("24.400.000,00 kr.");
        assertThat(lookup("#ceilingValue").queryLabeled().getTooltip().getText()).startsWith("50.139.000,00 kr.");
        settle();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.load(s.resolveRound(null)).round().netUnderspend()).isEqualTo(Money.ofKroner(24_400_000));
        }
    }

    @Test
    void excelExportAndImportThroughTheFileMenu() {
        settle();
        Path file = dir.resolve("runde.xlsx");
        dialogs.xlsxToSave = file;
        clickOn("#fileMenu");
        clickOn("#menuExportXlsx");
        settle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.savedNotices).singleElement().asString().contains("runde.xlsx");
        assertThat(file).isNotEmptyFile();

        selectTransfer(13);
        typeInto("#amountField", "1");
        push(KeyCode.ENTER);
        settle();
        dialogs.xlsxToOpen = file;
        clickOn("#fileMenu");
        clickOn("#menuImportXlsx");
        settle();
        waitUntil(() -> !transfersTable().getItems().isEmpty());
        assertThat(dialogs.confirmations).singleElement().asString().contains("erstatte");
        assertThat(dialogs.errors).isEmpty();
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 13).amount()).isEqualTo(Money.ofKroner(859_000));
        }
    }

    @Test
    void ctrlZWhileAFinishedFieldHoldsUnfinishedTextPutsTheFinishedValueBack() {
        settle();
        selectTransfer(13);
        typeInto("#amountField", "12,345");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(text("#amountField")).isEqualTo("859.000,00");
        assertThat(text("#amountError")).isNullOrEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void undoAndRedoOfASavedAmountFromTheMenuAndKeyboard() {
        settle();
        selectTransfer(13);
        // the amount counts when finished (here by leaving the field for the table): one undo step
        paste("#amountField", "900.000");
        settleAfterTyping();
        assertThat(text("#requestedValue")).isEqualTo("36,7 mio. kr.");
        assertThat(lookup("#requestedValue").queryLabeled().getTooltip().getText()).startsWith("36.725.000,00 kr.");
        clickOn("#transfersTable");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(text("#amountField")).isEqualTo("859.000,00");
        assertThat(lookup("#requestedValue").queryLabeled().getTooltip().getText()).startsWith("36.684.000,00 kr.");
        clickOn("#editMenu");
        clickOn("#menuRedo");
        settle();
        assertThat(text("#amountField")).isEqualTo("900.000,00");
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 13).amount()).isEqualTo(Money.ofKroner(900_000));
        }
    }

    @Test
    void ctrlZInATextFieldUndoesTheLastEditOfTheSession() {
        settle();
        selectTransfer(13);
        String before = text("#titleField");
        paste("#titleField", "Ny titel");
        // no pause: the typing is pending; Ctrl+Z saves it as one edit and undoes it
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(text("#titleField")).isEqualTo(before);
        push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        assertThat(text("#titleField")).isEqualTo("Ny titel");
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 13).title()).isEqualTo("Ny titel");
        }
    }

    @Test
    void keyboardShortcutsSearchAddAndSwitchTabs() {
        settle();
        clickOn("#transfersTable");
        push(KeyCode.CONTROL, KeyCode.F);
        assertThat(lookup("#searchField").query().isFocused()).isTrue();
        push(KeyCode.CONTROL, KeyCode.N);
        settle();
        assertThat(transfersTable().getItems()).hasSize(8);
        assertThat(lookup("#titleField").query().isFocused()).isTrue();
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(lookup("#linesTable").query().isVisible()).isTrue();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(lookup("#transfersTable").query().isVisible()).isTrue();
    }
}
