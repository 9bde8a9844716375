package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.ui.note.NoteLine;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Vis → Budgetnotater…: the example note, a cell typed like a spreadsheet, the checks beside, undo. */
class NotesWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<NoteLine> table2() {
        return (TableView<NoteLine>) inNotes("#noteTable2");
    }

    /** The texts of the cells shown on screen in the row whose label cell says {@code label}. */
    private List<String> shownRow(String label) {
        TableView<NoteLine> table = table2();
        return from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(row -> from(row).lookup(".table-cell").queryAll().stream()
                        .anyMatch(c -> label.equals(((TableCell<?, ?>) c).getText())))
                .findFirst()
                .map(row -> from(row).lookup(".table-cell").queryAll().stream()
                        .map(c -> ((TableCell<?, ?>) c).getText()).toList())
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    @SuppressWarnings("unchecked")
    private List<String> checks() {
        return List.copyOf(((ListView<String>) inNotes("#noteChecks")).getItems());
    }

    @Test
    void theNotesWindowHasTheMainWindowsTextZoomBothWays() {
        settle();
        clickOn("#viewMenu");
        clickOn("#menuShowNotes");
        waitUntil(() -> notesWindow() != null);
        settle();
        Label heading = (Label) inNotes("#noteHeading");
        double before = heading.getFont().getSize();
        // Ctrl++ in the main window reaches the open notes window
        interact(() -> stage.requestFocus());
        clickOn("#transfersTable");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ADD);
        settle();
        assertThat(window.zoom().levelProperty().get()).isEqualTo(1.1);
        assertThat(heading.getFont().getSize()).isCloseTo(before * 1.1, org.assertj.core.data.Offset.offset(0.05));
        // and Ctrl+− in the notes window changes the one level for both
        interact(() -> ((Stage) notesWindow()).requestFocus());
        clickOn(heading);
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SUBTRACT);
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SUBTRACT);
        settle();
        assertThat(window.zoom().levelProperty().get()).isEqualTo(0.9);
        assertThat(heading.getFont().getSize()).isCloseTo(before * 0.9, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void theExampleNoteIsEditedLikeASpreadsheetWithTheChecksBeside() {
        settle();
        clickOn("#viewMenu");
        clickOn("#menuShowNotes");
        waitUntil(() -> notesWindow() != null);
        settle();
        clickOn(inNotes("#notesExample"));
        settle();
        waitUntil(() -> !table2().getItems().isEmpty());

        assertThat(((Label) inNotes("#noteHeading")).getText()).startsWith("BI2 – ");
        assertThat(shownRow("Udgifter til service i alt")).containsSubsequence("28.300", "35.800", "48.000", "48.000", "160.100");
        assertThat(shownRow("Udgifter til efterspørgselsstyrede overførsler i alt")).containsSubsequence("-900", "-900");
        assertThat(checks()).containsExactly("Tabel 5, 2016: angivet i alt 9.300, rækkerne giver 9.400 (forskel 100)");

        // type 1.200 into the first row's 2016 cell
        TableView<NoteLine> table = table2();
        interact(() -> {
            table.requestFocus();
            table.edit(0, table.getColumns().get(2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> ((javafx.scene.control.TextField) from(table).lookup(".text-field").query()).selectAll());
        write("1.200");
        type(KeyCode.ENTER);
        settle();
        assertThat(shownRow("Udgifter til service i alt")).containsSubsequence("28.400", "160.200");
        assertThat(checks()).contains(
                "Tabel 3, 2016, Service: fordelingen på udvalg giver 28.300, tabel 2 giver 28.400 (forskel -100)");

        // a typed text that is not whole thousands is refused with a message; nothing changes
        interact(() -> table.edit(1, table.getColumns().get(2)));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> ((javafx.scene.control.TextField) from(table).lookup(".text-field").query()).selectAll());
        write("12,5");
        type(KeyCode.ENTER);
        settle();
        assertThat(((Label) inNotes("#noteStatus")).getText()).contains("„12,5“ er ikke et helt antal tusinde kroner");
        assertThat(shownRow("Udgifter til service i alt")).containsSubsequence("28.400");

        // undo (the toolbar, as Ctrl+Z) goes back to the seed's figures, and the check goes with it
        clickOn(inNotes("#noteUndo"));
        settle();
        assertThat(shownRow("Udgifter til service i alt")).containsSubsequence("28.300", "160.100");
        assertThat(checks()).hasSize(1);

        // and Ctrl+Y (as in the transfers) does it again
        clickOn(inNotes("#noteChecks"));
        push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        assertThat(shownRow("Udgifter til service i alt")).containsSubsequence("28.400");

        // the note's own page: a new title typed and finished with Enter shows in the heading and the list
        clickOn(inNotes("#noteTabNote"));
        javafx.scene.control.TextField title = (javafx.scene.control.TextField) inNotes("#noteTitle");
        clickOn(title);
        interact(title::selectAll);
        write("Jobfokus i samtalerne");
        type(KeyCode.ENTER);
        settle();
        assertThat(((Label) inNotes("#noteHeading")).getText()).startsWith("BI2 – Jobfokus i samtalerne");
        assertThat(((ListView<?>) inNotes("#notesList")).getItems()).singleElement().asString().contains("Jobfokus i samtalerne");
    }
}
