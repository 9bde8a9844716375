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
    private final TableColumn<TransferItem, String> title;
    /** The title's own minimum; below it the table scrolls sideways instead of cutting amounts. */
    private double titleMinWidth = 90;
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
        // columns keep their widths; only the title gives way (see fitColumns), amounts never do
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<TransferItem, Marker> marker = new TableColumn<>("");
        marker.setId("markerColumn");
        marker.setCellValueFactory(c -> Bindings.createObjectBinding(
                () -> new Marker(c.getValue().figures().commitmentsExceedAmount(), c.getValue().missingTexts()),
                c.getValue().valueProperty(), c.getValue().completeProperty(), c.getValue().missingTextsHintProperty()));
        marker.setCellFactory(c -> new MarkerCell());
        marker.setSortable(false);
        marker.setResizable(false);
        TableColumn<TransferItem, Integer> number = new TableColumn<>(Texts.get("ui.col.number"));
        number.setId("numberColumn");
        number.setCellValueFactory(c -> Bindings.createObjectBinding(() -> c.getValue().value().number(), c.getValue().valueProperty()));
        number.setStyle("-fx-alignment: CENTER-RIGHT;");
        title = new TableColumn<>(Texts.get("ui.col.title"));
        title.setId("titleColumn");
        title.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().value().title(), c.getValue().valueProperty()));
        TableColumn<TransferItem, Integer> sched = new TableColumn<>(Texts.get("ui.col.schedule"));
        sched.setId("scheduleColumn");
        sched.setCellValueFactory(c -> Bindings.createObjectBinding(() -> c.getValue().value().schedule(), c.getValue().valueProperty()));
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
        table.widthProperty().addListener((o, a, b) -> fitTitle());
        fitColumns(UiFonts.BASE_SIZE);

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
        // the tabs are built after the first frame, when the round (and its selected transfer) may be there already
        if (vm.selectedProperty().get() != null) {
            table.getSelectionModel().select(vm.selectedProperty().get());
        }
        // after an edit (a renumbering) the table is sorted again and the selected transfer kept in view;
        // one transfer coming back or added (undo of a delete, Ctrl+N) is selected and shown
        vm.revision().addListener(o -> javafx.application.Platform.runLater(() -> {
            table.sort();
            if (vm.selectedProperty().get() != null) {
                table.scrollTo(vm.selectedProperty().get());
            }
        }));
        vm.all().addListener((javafx.collections.ListChangeListener<TransferItem>) c -> {
            TransferItem added = null;
            int count = 0;
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced()) {
                    count += c.getAddedSize();
                    added = c.getAddedSubList().get(0);
                }
            }
            if (count == 1) {
                TransferItem item = added;
                javafx.application.Platform.runLater(() -> {
                    if (!vm.shown().contains(item)) {
                        return;
                    }
                    vm.selectedProperty().set(item);
                    table.getSelectionModel().select(item);
                    table.scrollTo(item);
                });
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
        totals.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        totals.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(totals, Priority.ALWAYS);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox totalsRow = new HBox(totals, count);
        // a fixed height (two lines, CSS): a longer totals text never moves the table
        totalsRow.getStyleClass().add("totals-row");
        root.getChildren().addAll(tools, table, totalsRow);
    }

    private static TableColumn<TransferItem, Money> money(String id, String key, Function<TransferFigures, Money> field) {
        TableColumn<TransferItem, Money> col = new TableColumn<>(Texts.get(key));
        col.setId(id);
        col.setCellValueFactory(c -> Bindings.createObjectBinding(() -> field.apply(c.getValue().figures()),
                c.getValue().figuresProperty()));
        col.setCellFactory(c -> new MoneyCell<>());
        col.getStyleClass().add("money-column");
        return col;
    }

    /** The widest amount a column must show whole (the table shows whole kroner without ",00"). */
    public static final String WIDEST_AMOUNT = "999.999.999,99";
    /** A cell's left and right padding together (CSS {@code .table-cell}) plus a little air. */
    private static final double CELL_PADDING = 2 * 8 + 6;
    /** A money cell's padding (CSS {@code .money-cell}: 4 left, 6 right) plus a little air. */
    private static final double MONEY_PADDING = 4 + 6 + 4;

    /** Exactly wide enough for {@link #WIDEST_AMOUNT} in the table's font at this size (also the contracts' table). */
    static double amountColumnWidth(double fontSize) {
        return Math.ceil(width(WIDEST_AMOUNT, UiFonts.regular(fontSize)) + MONEY_PADDING);
    }

    /** Room for the vertical scroll bar and the table's border. */
    private static final double SCROLL_BAR_ROOM = 22;

    /**
     * Sizes the columns for the text size (zoom): every amount column exactly wide enough for
     * {@link #WIDEST_AMOUNT} in the cell's font, the short columns for their headers, and the title
     * takes what is left (down to its minimum).
     */
    public void fitColumns(double fontSize) {
        javafx.scene.text.Font cell = UiFonts.regular(fontSize);
        javafx.scene.text.Font header = UiFonts.bold(fontSize * HEADER_SCALE);
        double amount = amountColumnWidth(fontSize);
        for (TableColumn<TransferItem, ?> c : table.getColumns()) {
            if (c.getStyleClass().contains("money-column")) {
                c.setMinWidth(amount);
                c.setPrefWidth(amount);
            }
        }
        TableColumn<TransferItem, ?> marker = table.getColumns().get(0);
        double markerWidth = Math.ceil(fontSize * 2.6);
        marker.setMinWidth(markerWidth);
        marker.setPrefWidth(markerWidth);
        marker.setMaxWidth(markerWidth);
        TableColumn<TransferItem, ?> number = table.getColumns().get(1);
        number.setMinWidth(Math.ceil(Math.max(width("9999", cell), width(Texts.get("ui.col.number") + "  ▲", header)) + CELL_PADDING));
        number.setPrefWidth(number.getMinWidth());
        TableColumn<TransferItem, ?> sched = table.getColumns().get(3);
        sched.setMinWidth(Math.ceil(width(Texts.get("ui.col.schedule") + "  ▲", header) + CELL_PADDING));
        sched.setPrefWidth(sched.getMinWidth());
        titleMinWidth = Math.ceil(fontSize * 6.5);
        title.setMinWidth(titleMinWidth);
        fitTitle();
    }

    /** The title column takes the width the other columns leave. */
    private void fitTitle() {
        double others = 0;
        for (TableColumn<TransferItem, ?> c : table.getColumns()) {
            if (c != title) {
                others += c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth();
            }
        }
        double free = table.getWidth() - others - SCROLL_BAR_ROOM;
        title.setPrefWidth(Math.max(titleMinWidth, Math.floor(free)));
    }

    /** The width of the columns other than the title plus the title's minimum: below it the table scrolls sideways. */
    public double minimumWidth() {
        double sum = SCROLL_BAR_ROOM;
        for (TableColumn<TransferItem, ?> c : table.getColumns()) {
            sum += c == title ? titleMinWidth : c.getMinWidth();
        }
        return sum;
    }

    /** Column headers are drawn at this fraction of the text size (CSS {@code .column-header .label}). */
    static final double HEADER_SCALE = 0.86;

    static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
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
                setAccessibleText(null);
            } else {
                setText(compact(item));
                setAccessibleText(Texts.get("layout.a11y.amount",
                        getTableColumn() == null ? "" : getTableColumn().getText(), DanishFormat.amount(item)));
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

    /** ⚠ for a warning (contracts above the amount), ✎ for missing texts, drawn as {@link Icons}; explained in the tooltip. */
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
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            HBox icons = new HBox();
            icons.getStyleClass().add("marker-icons");
            StringBuilder tip = new StringBuilder();
            if (item.exceeds()) {
                icons.getChildren().add(Icons.warning());
                tip.append(Texts.get("ui.marker.exceeds"));
                getStyleClass().add("marker-warning");
            }
            if (item.missingTexts()) {
                icons.getChildren().add(Icons.pencil());
                if (tip.length() > 0) {
                    tip.append('\n');
                }
                tip.append(Texts.get("ui.marker.missingTexts"));
                if (!item.exceeds()) {
                    getStyleClass().add("marker-text");
                }
            }
            setText(null);
            setGraphic(icons.getChildren().isEmpty() ? null : icons);
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
