package dk.overfoersel.ui.note;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteInfo;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.usecase.ExchangeFormat;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Budgetnotater" area, a window of its own beside the transfer rounds: the list of notes, the
 * open note's tables (Tabel 2–5) edited like a spreadsheet, and the checks beside them.
 */
public final class NotesView {

    public static final String STYLESHEET = "/dk/overfoersel/ui/note/notes.css";

    private final NotesViewModel vm;
    private final NoteFilesViewModel files;
    private final BorderPane root = new BorderPane();
    private final TabPane tables = new TabPane();
    private final Map<NoteTableKind, NoteTableView> tableViews = new EnumMap<>(NoteTableKind.class);

    public NotesView(NotesViewModel vm, NoteFilesViewModel files) {
        this.vm = vm;
        this.files = files;
        build();
    }

    /** Opens the area in its own window, owned by the main window, and reads the notes. */
    public static Stage show(NotesViewModel vm, NoteFilesViewModel files, Window owner, String mainStylesheet) {
        NotesView view = new NotesView(vm, files);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.get("note.ui.title"));
        Scene scene = new Scene(view.root, 1200, 720);
        scene.getStylesheets().addAll(NotesView.class.getResource(mainStylesheet).toExternalForm(),
                NotesView.class.getResource(STYLESHEET).toExternalForm());
        view.routeUndoKeys(scene);
        stage.setScene(scene);
        stage.show();
        vm.refresh();
        return stage;
    }

    public BorderPane root() {
        return root;
    }

    private void routeUndoKeys(Scene scene) {
        KeyCombination undo = KeyCombination.keyCombination("Shortcut+Z");
        KeyCombination redo = KeyCombination.keyCombination("Shortcut+Y");
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return; // a cell being typed in keeps its own undo
            }
            if (redo.match(e)) {
                vm.redo();
                e.consume();
            } else if (undo.match(e)) {
                vm.undo();
                e.consume();
            }
        });
    }

    private void build() {
        root.getStyleClass().add("notes-window");
        ListView<NoteInfo> list = new ListView<>(vm.notesList());
        list.setId("notesList");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NoteInfo n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Texts.get("note.ui.listItem", n.code(), n.title(),
                        String.valueOf(n.priceLevel()), DanishFormat.date(n.date())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.id() != vm.noteId()) {
                vm.open(b.id());
            }
        });
        Button example = button("notesExample", "note.ui.example", vm::loadExample);
        Button importJson = button("notesImport", "note.ui.import", () -> files.importFile(ExchangeFormat.JSON));
        VBox left = new VBox(8, caption("note.ui.notes"), list, example, importJson);
        left.getStyleClass().add("notes-column");
        VBox.setVgrow(list, Priority.ALWAYS);

        Label heading = new Label();
        heading.setId("noteHeading");
        heading.getStyleClass().add("round-heading");
        heading.setWrapText(true);
        vm.noteProperty().addListener((o, a, b) -> heading.setText(headingOf(b)));

        Tab details = new Tab(Texts.get("note.ui.tab.note"), new NoteDetailsView(vm).root());
        details.setId("noteTabNote");
        tables.getTabs().add(details);
        for (NoteTableKind kind : NoteTableKind.values()) {
            NoteTableView view = new NoteTableView(kind, vm);
            tableViews.put(kind, view);
            Tab tab = new Tab(switch (kind) {
                case EXPENDITURE -> Texts.get("note.ui.tab.2");
                case BY_COMMITTEE -> Texts.get("note.ui.tab.3");
                case EARLIER_FUNDS -> Texts.get("note.ui.tab.4");
                case CONVERSIONS -> Texts.get("note.ui.tab.5");
            }, view.root());
            tab.setId("noteTab" + kind.number());
            tab.setUserData(kind);
            tables.getTabs().add(tab);
        }
        tables.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tables.setId("noteTables");

        ToolBar tools = new ToolBar(
                button("noteAddRow", "note.ui.addRow", () -> vm.addRow(kind())),
                button("noteRemoveRow", "note.ui.removeRow", () -> vm.removeRow(kind(), tableViews.get(kind()).selectedRow())),
                button("noteAddYear", "note.ui.addYear", () -> vm.addYear(kind())),
                button("noteRemoveYear", "note.ui.removeYear", () -> vm.removeYear(kind())),
                button("noteUndo", "note.ui.undo", vm::undo),
                button("noteRedo", "note.ui.redo", vm::redo),
                button("noteSavePdf", "note.ui.savePdf", () -> files.saveDocument(BilagFormat.PDF)),
                button("noteSaveWord", "note.ui.saveWord", () -> files.saveDocument(BilagFormat.DOCX)));
        javafx.beans.binding.BooleanBinding onNotePage = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> tables.getSelectionModel().getSelectedItem() == null
                        || tables.getSelectionModel().getSelectedItem().getUserData() == null,
                tables.getSelectionModel().selectedItemProperty());
        for (int i = 0; i < 4; i++) {
            tools.getItems().get(i).disableProperty().bind(onNotePage);
        }
        tables.getSelectionModel().select(1);
        tools.getItems().get(4).disableProperty().bind(vm.undoStack().canUndoProperty().not());
        tools.getItems().get(5).disableProperty().bind(vm.undoStack().canRedoProperty().not());
        VBox center = new VBox(8, heading, tools, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        center.getStyleClass().add("notes-center");

        ListView<String> checks = new ListView<>(vm.checks());
        checks.setId("noteChecks");
        checks.setPlaceholder(new Label(Texts.get("note.ui.noChecks")));
        checks.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox right = new VBox(8, caption("note.ui.checks"), checks);
        VBox.setVgrow(checks, Priority.ALWAYS);
        right.getStyleClass().add("notes-column");

        SplitPane split = new SplitPane(left, center, right);
        split.setDividerPositions(0.2, 0.75);
        root.setCenter(split);
        root.setTop(new NoteMenu(vm, files, root).bar());
        Label status = new Label();
        status.setId("noteStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("status-bar");
        root.setBottom(status);
    }

    private NoteTableKind kind() {
        Tab tab = tables.getSelectionModel().getSelectedItem();
        return tab != null && tab.getUserData() instanceof NoteTableKind k ? k : NoteTableKind.EXPENDITURE;
    }

    private static String headingOf(BudgetNote n) {
        return n == null ? "" : Texts.get("note.ui.heading", n.code(), n.title(), n.administration(),
                DanishFormat.date(n.date()), String.valueOf(n.priceLevel()));
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
        b.setTooltip(new Tooltip(Texts.get(key)));
        return b;
    }
}
