package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.model.CommitmentsViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The contracts behind the selected transfer, editable in place, with the transfer's bound money. */
public final class CommitmentsView {

    private final VBox root = new VBox();

    public CommitmentsView(CommitmentsViewModel vm) {
        root.setId("commitments");
        root.getStyleClass().addAll("card", "commitments");
        Label heading = Fx.label("ui.commitments.title");
        heading.getStyleClass().add("card-title");

        TableView<Commitment> table = new TableView<>(vm.commitments());
        table.setId("commitmentsTable");
        table.setAccessibleText(Texts.get("ui.commitments.title"));
        table.setEditable(true);
        table.setPlaceholder(Fx.label("ui.commitments.empty"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(112);
        table.setMinHeight(110);

        TableColumn<Commitment, String> party = new TableColumn<>(Texts.get("ui.commitments.party"));
        party.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().party()));
        party.setCellFactory(FinishedTextCell.forColumn((row, t) -> text(table, t, () -> vm.setParty(row, t)), row -> null));
        party.setPrefWidth(170);
        TableColumn<Commitment, String> description = new TableColumn<>(Texts.get("ui.commitments.description"));
        description.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        description.setCellFactory(FinishedTextCell.forColumn((row, t) -> text(table, t, () -> vm.setDescription(row, t)), row -> null));
        description.setPrefWidth(220);
        TableColumn<Commitment, String> amount = new TableColumn<>(Texts.get("ui.commitments.amount"));
        amount.setCellValueFactory(c -> new ReadOnlyStringWrapper(DanishFormat.amount(c.getValue().amount())));
        // left without Enter the typed amount still counts; an invalid one stays red, not stored (decision 0113)
        amount.setCellFactory(FinishedTextCell.forColumn((row, t) -> {
            vm.finishAmount(row, t);
            table.refresh();
        }, vm::invalidAmount));
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        // amounts are never cut: as wide as 999.999.999,99 needs (plus the cell's wider padding here)
        amount.setMinWidth(TransfersView.amountColumnWidth(UiFonts.BASE_SIZE) + 8);
        amount.setPrefWidth(amount.getMinWidth());
        TableColumn<Commitment, CommitmentStatus> status = new TableColumn<>(Texts.get("ui.commitments.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(ComboBoxTableCell.forTableColumn(STATUS, CommitmentStatus.values()));
        status.setOnEditCommit(e -> done(table, vm.setStatus(e.getTablePosition().getRow(), e.getNewValue())));
        status.setPrefWidth(140);
        vm.setFinishEditing(() -> {
            if (table.getEditingCell() != null) {
                table.edit(-1, null);
            }
        });
        table.getColumns().add(party);
        table.getColumns().add(description);
        table.getColumns().add(amount);
        table.getColumns().add(status);

        TextField newParty = Fx.input("newParty", "ui.commitments.party", "ui.commitments.partyHint", vm.newPartyProperty());
        TextField newDescription = Fx.input("newDescription", "ui.commitments.description", "ui.commitments.descriptionHint", vm.newDescriptionProperty());
        HBox.setHgrow(newDescription, Priority.ALWAYS);
        TextField newAmount = Fx.input("newAmount", "ui.commitments.amount", "ui.commitments.amountHint", vm.newAmountProperty());
        newAmount.setPrefColumnCount(9);
        ComboBox<CommitmentStatus> newStatus = Fx.control(new ComboBox<>(FXCollections.observableArrayList(CommitmentStatus.values())),
                "newStatus", "ui.commitments.statusHint");
        newStatus.setConverter(STATUS);
        newStatus.valueProperty().bindBidirectional(vm.newStatusProperty());
        javafx.scene.control.Button add = Fx.button("addCommitment", "ui.commitments.add", "ui.commitments.addHint", vm::add);
        javafx.scene.control.Button remove = Fx.button("removeCommitment", "ui.commitments.remove", "ui.commitments.removeHint", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                vm.remove(index);
            }
        });
        newParty.setPrefColumnCount(12);
        newDescription.setPrefColumnCount(14);
        HBox firstRow = new HBox(newParty, newDescription);
        firstRow.getStyleClass().add("inline-row");
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox secondRow = new HBox(newAmount, newStatus, add, spacer, remove);
        secondRow.getStyleClass().add("inline-row");
        VBox form = new VBox(firstRow, secondRow);
        form.getStyleClass().add("add-form");
        newAmount.setOnAction(e -> vm.add());

        GridPane figures = new GridPane();
        figures.getStyleClass().add("figures-grid");
        figures.addRow(0, figure("ui.commitments.committed", "committedValue", vm.committedProperty()),
                figure("ui.commitments.pending", "pendingValue", vm.pendingProperty()),
                figure("ui.commitments.planned", "plannedValue", vm.plannedProperty()),
                figure("ui.commitments.uncommitted", "uncommittedValue", vm.uncommittedProperty()));

        Label warning = Fx.message("exceedWarning", vm.exceedWarningProperty(), "banner-error");
        Label message = Fx.message("commitmentsMessage", vm.messageProperty(), "field-error");

        // the warning and the message come after the table and the form: they never move them (issue 8)
        VBox content = new VBox(heading, figures, table, form, warning, message);
        content.getStyleClass().add("editor-form");
        content.disableProperty().bind(vm.editableProperty().not());
        root.getChildren().add(content);
    }

    /** A free text cell left: stored unless Esc (null). */
    private static void text(TableView<?> table, String typed, java.util.function.BooleanSupplier store) {
        if (typed != null) {
            done(table, store.getAsBoolean());
        }
    }

    private static void done(TableView<?> table, boolean ok) {
        if (!ok) {
            table.refresh();
        }
    }

    private static VBox figure(String captionKey, String id, ObservableValue<String> value) {
        Label caption = Fx.label(captionKey);
        caption.getStyleClass().add("figure-caption");
        Label v = new Label();
        v.setId(id);
        v.textProperty().bind(value);
        v.getStyleClass().add("figure-value");
        VBox box = new VBox(caption, v);
        box.getStyleClass().add("figure");
        return box;
    }

    static final StringConverter<CommitmentStatus> STATUS = new StringConverter<>() {
        @Override
        public String toString(CommitmentStatus s) {
            return s == null ? "" : s.label();
        }

        @Override
        public CommitmentStatus fromString(String text) {
            for (CommitmentStatus s : CommitmentStatus.values()) {
                if (s.label().equals(text)) {
                    return s;
                }
            }
            return null;
        }
    };

    public VBox root() {
        return root;
    }
}
