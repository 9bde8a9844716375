package dk.overfoersel.ui.note;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Activity;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.Section;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The note's own page: its details, its text sections (heading and plain text: blank line =
 * paragraph, "- " = bullet) and Tabel 1. A value is stored when it is finished (Enter or leaving the field).
 */
final class NoteDetailsView {

    private final NotesViewModel vm;
    private final TextField code = field("noteCode");
    private final TextField title = field("noteTitle");
    private final TextField administration = field("noteAdministration");
    private final TextField date = field("noteDate");
    private final TextField priceLevel = field("notePriceLevel");
    private final TextField permanentFrom = field("notePermanentFrom");
    private final ListView<String> sections = new ListView<>();
    private final TextField sectionHeading = field("noteSectionHeading");
    private final TextArea sectionText = new TextArea();
    private final TableView<Activity> activities = new TableView<>();
    private final ScrollPane root;

    NoteDetailsView(NotesViewModel vm) {
        this.vm = vm;
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "note.xlsx.code", code);
        row(grid, 1, "note.xlsx.title", title);
        row(grid, 2, "note.xlsx.administration", administration);
        row(grid, 3, "note.xlsx.date", date);
        row(grid, 4, "note.xlsx.priceLevel", priceLevel);
        row(grid, 5, "note.xlsx.permanentFrom", permanentFrom);
        for (TextField f : new TextField[] {code, title, administration, date, priceLevel, permanentFrom}) {
            finished(f, this::storeDetails);
        }
        GridPane.setHgrow(title, Priority.ALWAYS);

        sections.setId("noteSections");
        sections.setPrefHeight(160);
        sectionText.setId("noteSectionText");
        sectionText.setWrapText(true);
        sectionText.setPrefRowCount(8);
        sections.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> fillSection());
        finished(sectionHeading, this::storeSection);
        finished(sectionText, this::storeSection);
        Button addSection = button("noteAddSection", "note.ui.addSection", () -> {
            vm.setSection(vm.noteProperty().get().sections().size(), Texts.get("note.ui.newSection"), "");
            sections.getSelectionModel().selectLast();
        });
        Button removeSection = button("noteRemoveSection", "note.ui.removeSection",
                () -> vm.removeSection(sections.getSelectionModel().getSelectedIndex()));
        VBox sectionEditor = new VBox(6, sectionHeading, sectionText, new HBox(6, addSection, removeSection));
        HBox.setHgrow(sectionEditor, Priority.ALWAYS);
        HBox sectionBox = new HBox(8, sections, sectionEditor);

        activities.setId("noteActivities");
        activities.setEditable(true);
        activities.setPrefHeight(220);
        TableColumn<Activity, String> activity = new TableColumn<>(Texts.get("note.doc.table1.activity"));
        activity.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().activity()));
        activity.setCellFactory(TextFieldTableCell.forTableColumn());
        activity.setOnEditCommit(e -> vm.setActivity(e.getTablePosition().getRow(), e.getNewValue(), e.getRowValue().effect()));
        activity.setPrefWidth(300);
        TableColumn<Activity, String> effect = new TableColumn<>(Texts.get("note.doc.table1.effect"));
        effect.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().effect()));
        effect.setCellFactory(TextFieldTableCell.forTableColumn());
        effect.setOnEditCommit(e -> vm.setActivity(e.getTablePosition().getRow(), e.getRowValue().activity(), e.getNewValue()));
        effect.setPrefWidth(520);
        activities.getColumns().setAll(java.util.List.of(activity, effect));
        Button addActivity = button("noteAddActivity", "note.ui.addActivity",
                () -> vm.setActivity(vm.noteProperty().get().activities().size(), Texts.get("note.ui.newActivity"), ""));
        Button removeActivity = button("noteRemoveActivity", "note.ui.removeActivity",
                () -> vm.removeActivity(activities.getSelectionModel().getSelectedIndex()));

        VBox page = new VBox(10, grid, caption("note.ui.sections"), sectionBox, caption("note.doc.table1"), activities,
                new HBox(6, addActivity, removeActivity));
        page.getStyleClass().add("notes-center");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        vm.noteProperty().addListener((o, a, b) -> show(b));
        show(vm.noteProperty().get());
    }

    Node root() {
        return root;
    }

    private void show(BudgetNote n) {
        if (n == null) {
            return;
        }
        code.setText(n.code());
        title.setText(n.title());
        administration.setText(n.administration());
        date.setText(DanishFormat.date(n.date()));
        priceLevel.setText(String.valueOf(n.priceLevel()));
        permanentFrom.setText(String.valueOf(n.permanentFrom()));
        int selected = sections.getSelectionModel().getSelectedIndex();
        sections.setItems(FXCollections.observableArrayList(n.sections().stream().map(Section::heading).toList()));
        if (!n.sections().isEmpty()) {
            sections.getSelectionModel().select(Math.max(0, Math.min(selected, n.sections().size() - 1)));
        }
        fillSection();
        activities.setItems(FXCollections.observableArrayList(n.activities()));
    }

    private void fillSection() {
        BudgetNote n = vm.noteProperty().get();
        int i = sections.getSelectionModel().getSelectedIndex();
        boolean has = n != null && i >= 0 && i < n.sections().size();
        sectionHeading.setText(has ? n.sections().get(i).heading() : "");
        sectionText.setText(has ? n.sections().get(i).text() : "");
        sectionHeading.setDisable(!has);
        sectionText.setDisable(!has);
    }

    private void storeDetails() {
        if (vm.noteProperty().get() != null) {
            vm.setDetails(code.getText(), title.getText(), administration.getText(), date.getText(), priceLevel.getText(),
                    permanentFrom.getText());
        }
    }

    private void storeSection() {
        int i = sections.getSelectionModel().getSelectedIndex();
        if (vm.noteProperty().get() != null && i >= 0) {
            vm.setSection(i, sectionHeading.getText(), sectionText.getText());
        }
    }

    /** Calls {@code store} when the value is finished: Enter in a one-line field, or leaving the field. */
    private static void finished(TextInputControl field, Runnable store) {
        if (field instanceof TextField f) {
            f.setOnAction(e -> store.run());
        }
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                store.run();
            }
        });
    }

    private static void row(GridPane grid, int row, String key, TextField field) {
        Label label = new Label(Texts.get(key));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static Label caption(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("caption");
        return l;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
