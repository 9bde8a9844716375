package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.ui.note.NoteLine;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Tabel 2 edited like a spreadsheet, key by key: typing starts editing, Enter moves down, Tab moves
 * right, leaving a cell finishes it; an invalid text stays in its cell with a marker and is never
 * stored, Esc puts the finished value back; rows and years added and removed with the computed total
 * lines following; every finished value saved at once.
 */
class NoteSpreadsheetWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<NoteLine> table() {
        return (TableView<NoteLine>) inNotes("#noteTable2");
    }

    private NoteLine line(String label) {
        return table().getItems().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    private static final String SERVICE = "Udgifter til service i alt";

    /** The cell on screen in this row of the note and the column with this id. */
    private TableCell<?, ?> cell(int row, String columnId) {
        interact(() -> {
            if (!table().getItems().isEmpty()) {
                table().scrollTo(Math.max(0, row - 3));
            }
            table().getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                    .ifPresent(c -> table().scrollToColumn(c));
        });
        return from(table()).lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null && c.getIndex() == row && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + row + " " + columnId));
    }

    private String focusedColumn() {
        TablePosition<NoteLine, ?> p = table().getFocusModel().getFocusedCell();
        return p.getRow() + " " + p.getTableColumn().getId();
    }

    private String status() {
        return ((Label) inNotes("#noteStatus")).getText();
    }

    @Test
    void typedKeyByKeyLikeASpreadsheet() {
        settle();
        clickOn("#viewMenu");
        clickOn("#menuShowNotes");
        waitUntil(() -> notesWindow() != null);
        settle();
        clickOn(inNotes("#notesExample"));
        settle();
        waitUntil(() -> !table().getItems().isEmpty());
        long row1In2017 = table().getItems().get(1).amounts().get(1);
        assertThat(line(SERVICE).amounts()).containsExactly(28300L, 35800L, 48000L, 48000L);

        // a selected cell: typing starts editing it, Enter finishes the value and moves down
        clickOn(cell(0, "noteYear2_2016"));
        write("1.200");
        type(KeyCode.ENTER);
        settle();
        assertThat(line(SERVICE).amounts()).containsExactly(28400L, 35800L, 48000L, 48000L);
        assertThat(line(SERVICE).total()).isEqualTo(160200L);
        assertThat(cell(0, "noteYear2_2016").getText()).isEqualTo("1.200");
        assertThat(cell(0, "noteTotal2").getText()).isEqualTo("16.800");
        assertThat(focusedColumn()).isEqualTo("1 noteYear2_2016");
        @SuppressWarnings("unchecked")
        List<String> checks = ((ListView<String>) inNotes("#noteChecks")).getItems();
        assertThat(checks).contains("Tabel 3, 2016, Service: fordelingen på udvalg giver 28.300, tabel 2 giver 28.400 (forskel -100)");

        // not whole thousands: the text stays in its cell with the marker, nothing is stored; Tab moves right
        write("12,5");
        type(KeyCode.TAB);
        settle();
        assertThat(cell(1, "noteYear2_2016").getText()).isEqualTo("12,5");
        assertThat(cell(1, "noteYear2_2016").getStyleClass()).contains("note-invalid");
        assertThat(status()).contains("„12,5“ er ikke et helt antal tusinde kroner").contains("ikke gemt");
        assertThat(line(SERVICE).amounts().get(0)).isEqualTo(28400L);
        assertThat(focusedColumn()).isEqualTo("1 noteYear2_2017");

        // -900 typed and the cell left by clicking another one: finished and stored
        write("-900");
        clickOn(cell(3, "noteYear2_2018"));
        settle();
        assertThat(table().getItems().get(1).amounts().get(1)).isEqualTo(-900L);
        assertThat(line(SERVICE).amounts().get(1)).isEqualTo(35800L - row1In2017 - 900L);
        assertThat(cell(1, "noteYear2_2016").getText()).isEqualTo("12,5"); // still there, still not stored

        // F2 on the invalid cell shows the typed text again; Esc puts the finished value back
        clickOn(cell(1, "noteYear2_2016"));
        type(KeyCode.F2);
        assertThat(from(table()).lookup("#noteCellEditor").queryTextInputControl().getText()).isEqualTo("12,5");
        type(KeyCode.ESCAPE);
        settle();
        assertThat(cell(1, "noteYear2_2016").getStyleClass()).doesNotContain("note-invalid");
        assertThat(cell(1, "noteYear2_2016").getText()).isEqualTo(dk.overfoersel.domain.note.NoteFormat.thousands(
                table().getItems().get(1).amounts().get(0)));

        // a label is typed the same way; an empty one is refused
        clickOn(cell(2, "noteLabel2"));
        type(KeyCode.F2);
        interact(() -> from(table()).lookup("#noteCellEditor").queryTextInputControl().clear());
        type(KeyCode.ENTER);
        settle();
        assertThat(cell(2, "noteLabel2").getStyleClass()).contains("note-invalid");
        assertThat(table().getItems().get(2).label()).isNotBlank();
        clickOn(cell(2, "noteLabel2"));
        write("Opkvalificering");
        type(KeyCode.ENTER);
        settle();
        assertThat(table().getItems().get(2).label()).isEqualTo("Opkvalificering");

        // a row added (zeros, the totals unchanged), typed into, then removed again
        clickOn(inNotes("#noteAddRow"));
        settle();
        int added = 14;
        assertThat(table().getItems().get(added).label()).isEqualTo("Ny række");
        long serviceBefore = line(SERVICE).amounts().get(3);
        clickOn(cell(added, "noteYear2_2019"));
        write("700");
        type(KeyCode.ENTER);
        settle();
        assertThat(line(SERVICE).amounts().get(3)).isEqualTo(serviceBefore + 700L);
        clickOn(cell(added, "noteLabel2"));
        clickOn(inNotes("#noteRemoveRow"));
        settle();
        assertThat(table().getItems()).noneMatch(l -> l.label().equals("Ny række"));
        assertThat(line(SERVICE).amounts().get(3)).isEqualTo(serviceBefore);

        // a year added: a column of zeros with its total; typed into; then removed
        clickOn(inNotes("#noteAddYear"));
        settle();
        assertThat(table().getColumns()).anyMatch(c -> "noteYear2_2020".equals(c.getId()));
        assertThat(line(SERVICE).amounts()).hasSize(5).endsWith(0L);
        clickOn(cell(0, "noteYear2_2020"));
        write("6.000");
        type(KeyCode.ENTER);
        settle();
        assertThat(line(SERVICE).amounts().get(4)).isEqualTo(6000L);
        assertThat(cell(0, "noteTotal2").getText()).isEqualTo("22.800");
        clickOn(inNotes("#noteRemoveYear"));
        settle();
        assertThat(table().getColumns()).noneMatch(c -> "noteYear2_2020".equals(c.getId()));

        // every finished value is stored at once; the invalid ones never were
        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            var notes = s.notes();
            BudgetNote stored = notes.load(notes.resolveNote(null));
            List<NoteRow> rows = stored.expenditure().rows();
            assertThat(rows.get(0).amounts().get(0)).isEqualTo(1200L);
            assertThat(rows.get(1).amounts().get(1)).isEqualTo(-900L);
            assertThat(rows.get(2).label()).isEqualTo("Opkvalificering");
            assertThat(rows).hasSize(14);
            assertThat(stored.expenditure().years()).containsExactly(2016, 2017, 2018, 2019);
            assertThat(stored.expenditure().totals(Area.SERVICE).get(0)).isEqualTo(28400L);
        }
        window = null;
    }
}
