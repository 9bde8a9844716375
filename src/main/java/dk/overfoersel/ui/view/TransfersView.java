package dk.overfoersel.ui.view;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.ui.model.TransferItem;
import dk.overfoersel.ui.model.TransfersViewModel;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The transfers of the round: search, schedule filter, sortable table, totals, add/duplicate/delete. */
public final class TransfersView {

    private final VBox root = new VBox();
    private final TableView<TransferItem> table = new TableView<>();
    private Runnable afterAdd = () -> { };

    public TransfersView(TransfersViewModel vm) {
        root.getStyleClass().add("transfers");

        TextField search = Fx.input("searchField", "ui.transfers.search", "ui.transfers.searchHint", vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<Integer> schedule = Fx.control(new ComboBox<>(), "scheduleFilter", "ui.transfers.scheduleHint");
        schedule.getItems().setAll(TransfersViewModel.ALL_SCHEDULES, 2, 3);
        schedule.setButtonCell(new ScheduleCell());
        schedule.setCellFactory(l -> new ScheduleCell());
        schedule.setValue(vm.scheduleFilterProperty().get());
        schedule.valueProperty().addListener((o, a, b) -> vm.scheduleFilterProperty().set(b == null ? 0 : b));
        vm.scheduleFilterProperty().addListener((o, a, b) -> schedule.setValue(b.intValue()));

        HBox tools = new HBox(search, schedule,
                Fx.button("addTransfer", "ui.transfers.add", "ui.transfers.addHint", () -> {
                    vm.add();
                    afterAdd.run();
                }),
                Fx.button("duplicateTransfer", "ui.transfers.duplicate", "ui.transfers.duplicateHint", () -> {
                    if (vm.duplicate() != null) {
                        afterAdd.run();
                    }
                }),
                Fx.button("deleteTransfer", "ui.transfers.delete", "ui.transfers.deleteHint", vm::delete));
        tools.getStyleClass().add("toolbar-row");

        table.setId("transfersTable");
        table.setAccessibleText(Texts.get("ui.transfers.table"));
        table.setPlaceholder(Fx.label("ui.transfers.empty"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TransferItem, Marker> marker = new TableColumn<>("");
        marker.setId("markerColumn");
        marker.setCellValueFactory(c -> Bindings.createObjectBinding(
                () -> new Marker(c.getValue().figures().commitmentsExceedAmount(), c.getValue().missingTexts()),
                c.getValue().valueProperty()));
        marker.setCellFactory(c -> new MarkerCell());
        marker.setSortable(false);
        marker.setPrefWidth(42);
        marker.setMinWidth(42);
        marker.setMaxWidth(48);
        TableColumn<TransferItem, Integer> number = new TableColumn<>(Texts.get("ui.col.number"));
        number.setId("numberColumn");
        number.setCellValueFactory(c -> Bindings.createObjectBinding(() -> c.getValue().value().number(), c.getValue().valueProperty()));
        number.setPrefWidth(50);
        number.setMaxWidth(60);
        number.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<TransferItem, String> title = new TableColumn<>(Texts.get("ui.col.title"));
        title.setId("titleColumn");
        title.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().value().title(), c.getValue().valueProperty()));
        title.setPrefWidth(200);
        TableColumn<TransferItem, Integer> sched = new TableColumn<>(Texts.get("ui.col.schedule"));
        sched.setCellValueFactory(c -> Bindings.createObjectBinding(() -> c.getValue().value().schedule(), c.getValue().valueProperty()));
        sched.setPrefWidth(62);
        sched.setMaxWidth(72);
        sched.setStyle("-fx-alignment: CENTER;");
        table.getColumns().add(marker);
        table.getColumns().add(number);
        table.getColumns().add(title);
        table.getColumns().add(sched);
        table.getColumns().add(money("amountColumn", "ui.col.amount", TransferFigures::amount));
        table.getColumns().add(money("earlyColumn", "ui.col.early", TransferFigures::earlyApproved));
        table.getColumns().add(money("committedColumn", "ui.col.committed", TransferFigures::committed));
        table.getColumns().add(money("pendingColumn", "ui.col.pending", TransferFigures::pending));
        table.getColumns().add(money("uncommittedColumn", "ui.col.uncommitted", TransferFigures::uncommitted));

        SortedList<TransferItem> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        number.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().add(number);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.delete();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label totals = new Label();
        totals.setId("transfersTotals");
        totals.textProperty().bind(vm.totalsProperty());
        totals.getStyleClass().add("totals");
        totals.setWrapText(true);
        Label count = new Label();
        count.setId("transfersCount");
        count.textProperty().bind(vm.countProperty());
        count.getStyleClass().add("muted");
        totals.setMaxWidth(Double.MAX_VALUE);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(totals, Priority.ALWAYS);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox totalsRow = new HBox(totals, count);
        totalsRow.getStyleClass().add("totals-row");
        root.getChildren().addAll(tools, table, totalsRow);
    }

    private static TableColumn<TransferItem, Money> money(String id, String key, Function<TransferFigures, Money> field) {
        TableColumn<TransferItem, Money> col = new TableColumn<>(Texts.get(key));
        col.setId(id);
        col.setCellValueFactory(c -> Bindings.createObjectBinding(() -> field.apply(c.getValue().figures()),
                c.getValue().figuresProperty()));
        col.setCellFactory(c -> new MoneyCell<>());
        col.setPrefWidth(96);
        return col;
    }

    /** Right-aligned Danish amount; the millions in a tooltip. */
    static final class MoneyCell<S> extends TableCell<S, Money> {
        MoneyCell() {
            getStyleClass().add("money-cell");
        }

        @Override
        protected void updateItem(Money item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(compact(item));
                setTooltip(new Tooltip(DanishFormat.kroner(item) + "\n" + DanishFormat.millionsToThousands(item)));
            }
        }
    }

    /** {@code 15.739.000} for whole kroner, {@code 1.234,50} with øre: exact, but narrow for the table. */
    static String compact(Money m) {
        String text = DanishFormat.amount(m);
        return m.oere() % 100 == 0 ? text.substring(0, text.length() - 3) : text;
    }

    /** What the marker column shows for a transfer (a value, so the cell re-renders when it changes). */
    record Marker(boolean exceeds, boolean missingTexts) {
    }

    /** ⚠ for a warning (contracts above the amount), ✎ for missing texts; explained in the tooltip. */
    private static final class MarkerCell extends TableCell<TransferItem, Marker> {
        MarkerCell() {
            getStyleClass().add("marker-cell");
        }

        @Override
        protected void updateItem(Marker item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("marker-warning", "marker-text");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            StringBuilder text = new StringBuilder();
            StringBuilder tip = new StringBuilder();
            if (item.exceeds()) {
                text.append("⚠");
                tip.append(Texts.get("ui.marker.exceeds"));
                getStyleClass().add("marker-warning");
            }
            if (item.missingTexts()) {
                text.append("✎");
                if (tip.length() > 0) {
                    tip.append('\n');
                }
                tip.append(Texts.get("ui.marker.missingTexts"));
                if (!item.exceeds()) {
                    getStyleClass().add("marker-text");
                }
            }
            setText(text.toString());
            setTooltip(tip.length() == 0 ? null : new Tooltip(tip.toString()));
            setAccessibleText(tip.toString());
        }
    }

    private static final class ScheduleCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item == TransfersViewModel.ALL_SCHEDULES ? Texts.get("ui.transfers.allSchedules")
                    : Texts.get("ui.transfers.schedule", String.valueOf(item)));
        }
    }

    /** What happens after a transfer was added or duplicated (the window moves the focus to its title). */
    public void setAfterAdd(Runnable afterAdd) {
        this.afterAdd = afterAdd;
    }

    public VBox root() {
        return root;
    }

    public TableView<TransferItem> table() {
        return table;
    }
}
