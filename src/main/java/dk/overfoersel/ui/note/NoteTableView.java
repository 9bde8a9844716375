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
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;

/**
 * One multi-year table of the open note, edited like a spreadsheet: text and amounts in cells
 * (Danish whole thousands, "1.234" or "-900"), the area as a choice, a computed "I alt" per row and
 * the computed subtotal and total lines in bold, which cannot be edited.
 */
final class NoteTableView {

    private final NoteTableKind kind;
    private final NotesViewModel vm;
    private final TableView<NoteLine> table = new TableView<>();

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
        int selected = table.getSelectionModel().getSelectedIndex();
        if (!sameYears(years)) {
            table.getColumns().setAll(columns(years));
        }
        table.setItems(FXCollections.observableArrayList(NotesViewModel.lines(note, kind)));
        if (selected >= 0 && selected < table.getItems().size()) {
            table.getSelectionModel().select(selected);
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
        label.setCellFactory(c -> textCell(false));
        label.setOnEditCommit(e -> {
            if (!vm.setLabel(kind, e.getRowValue().index(), e.getNewValue())) {
                table.refresh();
            }
        });
        label.setPrefWidth(340);
        columns.add(label);
        for (int i = 0; i < years.size(); i++) {
            int column = i;
            TableColumn<NoteLine, String> year = new TableColumn<>(String.valueOf(years.get(i)));
            year.setId("noteYear" + kind.number() + "_" + years.get(i));
            year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(NoteFormat.thousands(c.getValue().amounts().get(column))));
            year.setCellFactory(c -> textCell(true));
            year.setOnEditCommit(e -> {
                if (!vm.setAmount(kind, e.getRowValue().index(), column, e.getNewValue())) {
                    table.refresh();
                }
            });
            year.setPrefWidth(90);
            columns.add(year);
        }
        TableColumn<NoteLine, String> total = new TableColumn<>(Texts.get("note.total"));
        total.setId("noteTotal" + kind.number());
        total.setEditable(false);
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(NoteFormat.thousands(c.getValue().total())));
        total.setCellFactory(c -> textCell(true));
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

    private static TextFieldTableCell<NoteLine, String> textCell(boolean numeric) {
        TextFieldTableCell<NoteLine, String> cell = new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                if (editable(this)) {
                    super.startEdit();
                }
            }
        };
        if (numeric) {
            cell.getStyleClass().add("note-amount");
        }
        return cell;
    }
}
