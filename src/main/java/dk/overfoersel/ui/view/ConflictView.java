package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.conflict.FieldConflict.Choice;
import dk.overfoersel.ui.model.ConflictViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The conflict dialog: per changed field my value beside theirs, who stored theirs and when, and
 * "Behold min" / "Tag deres"; "Behold alle mine", "Tag alle deres" and "Gem valget" below. Modal to the
 * main window; closing it without choosing is refused (nothing is discarded without a choice).
 */
public final class ConflictView {

    public static final String STYLESHEET = "/dk/overfoersel/ui/conflict.css";

    private final Stage stage = new Stage();

    private ConflictView(Window owner, ConflictViewModel vm) {
        Label intro = new Label();
        intro.getStyleClass().add("conflict-intro");
        intro.textProperty().bind(vm.introProperty());
        intro.setId("conflictIntro");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflict-grid");
        grid.setId("conflictFields");
        ColumnConstraints label = new ColumnConstraints(110, 150, 200);
        ColumnConstraints value = new ColumnConstraints(120, 260, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints value2 = new ColumnConstraints(120, 260, Double.MAX_VALUE);
        value2.setHgrow(Priority.ALWAYS);
        ColumnConstraints choice = new ColumnConstraints();
        choice.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(label, value, value2, new ColumnConstraints(100, 140, 180), choice);
        String[] headings = {"conflict.col.field", "conflict.col.mine", "conflict.col.theirs", "conflict.col.changedBy",
                "conflict.col.choice"};
        for (int c = 0; c < headings.length; c++) {
            Label h = new Label(Texts.get(headings[c]));
            h.getStyleClass().add("conflict-heading");
            grid.add(h, c, 0);
        }
        int r = 1;
        for (ConflictViewModel.Row row : vm.rows()) {
            addRow(grid, r, row, vm);
            r++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);

        Button allMine = new Button(Texts.get("conflict.keepAllMine"));
        allMine.setId("conflictKeepAllMine");
        allMine.setOnAction(e -> vm.keepAllMine());
        Button allTheirs = new Button(Texts.get("conflict.takeAllTheirs"));
        allTheirs.setId("conflictTakeAllTheirs");
        allTheirs.setOnAction(e -> vm.takeAllTheirs());
        Label message = new Label();
        message.setId("conflictMessage");
        message.getStyleClass().add("conflict-message");
        message.textProperty().bind(vm.messageProperty());
        Button apply = new Button(Texts.get("conflict.apply"));
        apply.setId("conflictApply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(vm.completeProperty().not().or(vm.busyProperty()));
        apply.setOnAction(e -> vm.apply());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, allMine, allTheirs, message, spacer, apply);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 0, 0, 0));

        BorderPane root = new BorderPane(scroll, intro, null, bottom, null);
        root.setId("conflictWindow");
        root.getStyleClass().add("conflict-window");
        Scene scene = new Scene(root, 1000, 480);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        scene.getStylesheets().add(ConflictView.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!vm.doneProperty().get()) {
                e.consume(); // nothing is discarded without a choice
                vm.apply();
            }
        });
        vm.doneProperty().addListener((o, was, done) -> {
            if (done) {
                stage.close();
            }
        });
    }

    private static void addRow(GridPane grid, int r, ConflictViewModel.Row row, ConflictViewModel vm) {
        int i = r - 1;
        Label name = new Label(row.label());
        name.setWrapText(true);
        name.setId("conflictField-" + i);
        if (row.field().bothChanged()) {
            name.getStyleClass().add("conflict-both");
        }
        TextArea mine = value(row.mine(), "conflictMine-" + i);
        TextArea theirs = value(row.theirs(), "conflictTheirs-" + i);
        Label who = new Label(row.changedBy());
        who.setWrapText(true);
        who.setId("conflictChangedBy-" + i);
        ToggleGroup group = new ToggleGroup();
        ToggleButton keep = new ToggleButton(Texts.get("conflict.keepMine"));
        keep.setId("conflictKeepMine-" + i);
        keep.setToggleGroup(group);
        ToggleButton take = new ToggleButton(Texts.get("conflict.takeTheirs"));
        take.setId("conflictTakeTheirs-" + i);
        take.setToggleGroup(group);
        Runnable show = () -> {
            Choice c = row.choiceProperty().get();
            keep.setSelected(c == Choice.MINE);
            take.setSelected(c == Choice.THEIRS);
            mark(mine, c == null ? null : c == Choice.MINE);
            mark(theirs, c == null ? null : c == Choice.THEIRS);
        };
        keep.setOnAction(e -> {
            vm.keepMine(row);
            show.run();
        });
        take.setOnAction(e -> {
            vm.takeTheirs(row);
            show.run();
        });
        row.choiceProperty().addListener((o, a, b) -> show.run());
        show.run();
        HBox choice = new HBox(6, keep, take);
        choice.setAlignment(Pos.TOP_LEFT);
        grid.addRow(r, name, mine, theirs, who, choice);
    }

    private static TextArea value(String text, String id) {
        TextArea area = new TextArea(text == null ? "" : text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(16);
        area.setMinWidth(120);
        long lines = text == null ? 1 : text.lines().count() + text.length() / 60;
        area.setPrefRowCount((int) Math.max(1, Math.min(6, lines)));
        area.getStyleClass().add("conflict-value");
        return area;
    }

    private static void mark(TextArea area, Boolean chosen) {
        area.getStyleClass().removeAll("conflict-chosen", "conflict-dropped");
        if (chosen != null) {
            area.getStyleClass().add(chosen ? "conflict-chosen" : "conflict-dropped");
        }
    }

    /** Opens the dialog for a conflict (modal to the main window). */
    public static ConflictView show(Window owner, ConflictViewModel vm) {
        ConflictView view = new ConflictView(owner, vm);
        view.stage.show();
        return view;
    }

    public Stage stage() {
        return stage;
    }
}
