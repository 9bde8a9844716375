package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.audit.HistoryEntry;
import dk.overfoersel.ui.model.HistoryViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Vis → Historik: the selected transfer's changes in a table, newest first, with "Gendan denne værdi". */
public final class HistoryView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Stage stage = new Stage();
    private final TableView<HistoryEntry> table = new TableView<>();

    private HistoryView(Window owner, HistoryViewModel vm) {
        table.setId("historyTable");
        table.setItems(vm.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("ui.history.col.time", 150, e -> TIME.format(e.time().atZoneSameInstant(ZoneId.systemDefault()))),
                column("ui.history.col.user", 100, HistoryEntry::user),
                column("ui.history.col.field", 160, HistoryEntry::fieldLabel),
                column("ui.history.col.old", 220, e -> oneLine(e.oldValue())),
                column("ui.history.col.new", 220, e -> oneLine(e.newValue()))));

        Button restore = new Button(Texts.get("ui.history.restore"));
        restore.setId("restoreValueButton");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(table.getSelectionModel().getSelectedItem()));
        Button close = new Button(Texts.get("ui.history.close"));
        close.setId("historyCloseButton");
        close.setOnAction(e -> stage.close());
        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, message, spacer, restore, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 14, 10, 14));

        BorderPane root = new BorderPane(table, null, null, bottom, null);
        root.setId("historyWindow");
        Scene scene = new Scene(root, 900, 480);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            Zoom.follow(owner, root);
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
    }

    /** Opens the history window of the view model's transfer and loads it in the background. */
    public static HistoryView show(Window owner, HistoryViewModel vm) {
        HistoryView view = new HistoryView(owner, vm);
        view.stage.show();
        vm.load();
        return view;
    }

    private static TableColumn<HistoryEntry, String> column(String key, double width, Function<HistoryEntry, String> value) {
        TableColumn<HistoryEntry, String> c = new TableColumn<>(Texts.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\n', '↵');
    }

    public Stage stage() {
        return stage;
    }
}
