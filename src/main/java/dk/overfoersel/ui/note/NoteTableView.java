package dk.overfoersel.ui.note;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteFormat;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;

/**
 * One multi-year table of the open note, edited like a spreadsheet: text and amounts in cells
 * (Danish whole thousands, "1.234" or "-900"), the area as a choice, a computed "I alt" per row and
 * the computed subtotal and total lines in bold, which cannot be edited.
 */
final class NoteTableView {

    /** Where Enter, Tab and Shift+Tab move after finishing a cell. */
    static final int DOWN = 1;
    static final int RIGHT = 2;
    static final int LEFT = 3;
    /** The label's and the computed total's "column" among the invalid texts (years are 0, 1, …). */
    static final int LABEL = -1;
    static final int TOTAL = -2;

    private final NoteTableKind kind;
    private final NotesViewModel vm;
    private final TableView<NoteLine> table = new TableView<>();
    /** The character that started editing by typing, taken by the cell that starts editing. */
    private String typed;

    NoteTableView(NoteTableKind kind, NotesViewModel vm) {
        this.kind = kind;
        this.vm = vm;
        table.setId("noteTable" + kind.number());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new javafx.scene.control.Label(Texts.get("note.ui.emptyTable")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(NoteLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("note-total-line");
                if (!empty && line != null && line.isTotal()) {
                    getStyleClass().add("note-total-line");
                }
            }
        });
        vm.noteProperty().addListener((o, a, b) -> show(b));
        show(vm.noteProperty().get());
        // typing in a selected cell starts editing it with the typed character, as in a spreadsheet
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (table.getEditingCell() != null || c.isEmpty() || Character.isISOControl(c.charAt(0))
                    || e.isControlDown() || e.isMetaDown() || e.isAltDown()) {
                return;
            }
            var focused = table.getFocusModel().getFocusedCell();
            if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null
                    || !focused.getTableColumn().isEditable() || focused.getRow() >= table.getItems().size()
                    || table.getItems().get(focused.getRow()).isTotal()) {
                return;
            }
            e.consume();
            typed = c;
            table.edit(focused.getRow(), focused.getTableColumn());
            typed = null;
        });
    }

    String takeTyped() {
        String t = typed;
        typed = null;
        return t;
    }

    String invalidText(int row, int column) {
        return vm.invalidText(kind, row, column);
    }

    void dropInvalid(int row, int column) {
        vm.dropInvalid(kind, row, column);
    }

    void refresh() {
        table.refresh();
    }

    /** After a finished cell: the cell below (Enter), or the next editable one to the right or left (Tab). */
    void move(int row, TableColumn<NoteLine, ?> from, int direction) {
        int column = table.getVisibleLeafColumns().indexOf(from);
        int r = row;
        int c = column;
        if (direction == DOWN) {
            r = row + 1 < table.getItems().size() && !table.getItems().get(row + 1).isTotal() ? row + 1 : row;
        } else {
            int step = direction == RIGHT ? 1 : -1;
            do {
                c += step;
                if (c >= table.getVisibleLeafColumns().size()) {
                    c = 0;
                    r = row + 1 < table.getItems().size() && !table.getItems().get(row + 1).isTotal() ? row + 1 : row;
                } else if (c < 0) {
                    c = table.getVisibleLeafColumns().size() - 1;
                    r = row > 0 ? row - 1 : row;
                }
            } while (!table.getVisibleLeafColumns().get(c).isEditable() && c != column);
        }
        TableColumn<NoteLine, ?> target = table.getVisibleLeafColumns().get(c);
        int targetRow = r;
        table.getSelectionModel().clearAndSelect(targetRow, target);
        table.getFocusModel().focus(targetRow, target);
        table.scrollTo(targetRow);
        table.scrollToColumn(target);
        table.requestFocus();
    }

    TableView<NoteLine> root() {
        return table;
    }

    /** The selected row of the note (not a total line), or -1. */
    int selectedRow() {
        NoteLine line = table.getSelectionModel().getSelectedItem();
        return line == null || line.isTotal() ? -1 : line.index();
    }

    private void show(BudgetNote note) {
        NoteTable t = note == null ? null : note.table(kind);
        List<Integer> years = t == null ? List.of() : t.years();
        var focused = table.getFocusModel().getFocusedCell();
        int row = focused == null ? -1 : focused.getRow();
        int column = focused == null || focused.getTableColumn() == null ? -1 : table.getVisibleLeafColumns().indexOf(focused.getTableColumn());
        if (!sameYears(years)) {
            table.getColumns().setAll(columns(years));
        }
        table.setItems(FXCollections.observableArrayList(NotesViewModel.lines(note, kind)));
        if (row >= 0 && row < table.getItems().size()) {
            TableColumn<NoteLine, ?> c = column >= 0 && column < table.getVisibleLeafColumns().size()
                    ? table.getVisibleLeafColumns().get(column) : null;
            table.getSelectionModel().clearAndSelect(row, c);
            table.getFocusModel().focus(row, c);
        }
    }

    private List<Integer> shownYears = List.of();

    private boolean sameYears(List<Integer> years) {
        boolean same = years.equals(shownYears) && !table.getColumns().isEmpty();
        shownYears = List.copyOf(years);
        return same;
    }

    private List<TableColumn<NoteLine, ?>> columns(List<Integer> years) {
        List<TableColumn<NoteLine, ?>> columns = new java.util.ArrayList<>();
        if (kind.hasAreas()) {
            TableColumn<NoteLine, Area> area = new TableColumn<>(Texts.get("note.doc.table3.area"));
            area.setId("noteArea" + kind.number());
            area.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isTotal() ? null : c.getValue().area()));
            area.setCellFactory(c -> new ComboBoxTableCell<NoteLine, Area>(new StringConverter<Area>() {
                @Override
                public String toString(Area a) {
                    return a == null ? "" : a.label();
                }

                @Override
                public Area fromString(String s) {
                    return null;
                }
            }, Area.values()) {
                @Override
                public void startEdit() {
                    if (editable(this)) {
                        super.startEdit();
                    }
                }
            });
            area.setOnEditCommit(e -> vm.setArea(kind, e.getRowValue().index(), e.getNewValue()));
            area.setPrefWidth(170);
            columns.add(area);
        }
        TableColumn<NoteLine, String> label = new TableColumn<>(Texts.get(kind == NoteTableKind.BY_COMMITTEE
                ? "note.doc.table3.committee" : "note.xlsx.text"));
        label.setId("noteLabel" + kind.number());
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        label.setCellFactory(c -> new NoteCell(this, LABEL, false, (line, text) -> vm.setLabel(kind, line.index(), text)));
        label.setPrefWidth(340);
        columns.add(label);
        for (int i = 0; i < years.size(); i++) {
            int column = i;
            TableColumn<NoteLine, String> year = new TableColumn<>(String.valueOf(years.get(i)));
            year.setId("noteYear" + kind.number() + "_" + years.get(i));
            year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(NoteFormat.thousands(c.getValue().amounts().get(column))));
            year.setCellFactory(c -> new NoteCell(this, column, true, (line, text) -> vm.setAmount(kind, line.index(), column, text)));
            year.setPrefWidth(90);
            columns.add(year);
        }
        TableColumn<NoteLine, String> total = new TableColumn<>(Texts.get("note.total"));
        total.setId("noteTotal" + kind.number());
        total.setEditable(false);
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(NoteFormat.thousands(c.getValue().total())));
        total.setCellFactory(c -> new NoteCell(this, TOTAL, true, (line, text) -> true));
        total.setPrefWidth(100);
        columns.add(total);
        if (kind == NoteTableKind.CONVERSIONS) {
            TableColumn<NoteLine, String> from = new TableColumn<>(Texts.get("note.xlsx.convertsFrom"));
            from.setEditable(false);
            from.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().convertsFrom() == null ? "" : c.getValue().convertsFrom()));
            from.setPrefWidth(200);
            columns.add(from);
        }
        return columns;
    }

    private static boolean editable(javafx.scene.control.TableCell<NoteLine, ?> cell) {
        NoteLine line = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
        return line != null && !line.isTotal();
    }
}
