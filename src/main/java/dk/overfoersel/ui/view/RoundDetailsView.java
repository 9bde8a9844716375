package dk.overfoersel.ui.view;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.ui.model.RoundDetailsViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The round's details and its underspend lines (editable, with the net sum). */
public final class RoundDetailsView {


    private final VBox root = new VBox();

    public RoundDetailsView(RoundDetailsViewModel vm) {
        root.setId("roundDetails");
        root.getStyleClass().add("page");

        TextField administration = Fx.control(new TextField(), "administrationField", "ui.round.administrationHint");
        administration.textProperty().bindBidirectional(vm.administrationProperty());
        TextField committee = Fx.control(new TextField(), "committeeField", "ui.round.committeeHint");
        committee.textProperty().bindBidirectional(vm.committeeProperty());
        TextField accounts = Fx.control(new TextField(), "accountsYearField", "ui.round.accountsYearHint");
        accounts.textProperty().bindBidirectional(vm.accountsYearProperty());
        accounts.setPrefColumnCount(5);
        TextField budget = Fx.control(new TextField(), "budgetYearField", "ui.round.budgetYearHint");
        budget.textProperty().bindBidirectional(vm.budgetYearProperty());
        budget.setPrefColumnCount(5);
        DatePicker date = Fx.control(new DatePicker(), "earlyDatePicker", "ui.round.earlyDateHint");
        date.valueProperty().bindBidirectional(vm.earlyDecisionDateProperty());
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : DanishFormat.date(d);
            }

            /** Strict: 31.02.2008 is not a date (never moved to 29.02); the typed text stays with a message. */
            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    java.time.LocalDate parsed = RoundDetailsViewModel.parseDate(s);
                    vm.dateValid();
                    return parsed;
                } catch (java.time.format.DateTimeParseException e) {
                    vm.dateNotValid(s);
                    String typed = s;
                    // the date picker shows its (unchanged) value again after this; the user's text comes back
                    javafx.application.Platform.runLater(() -> {
                        if (!typed.equals(date.getEditor().getText())) {
                            date.getEditor().setText(typed);
                            date.getEditor().end();
                        }
                    });
                    return date.getValue();
                }
            }
        });
        date.getEditor().textProperty().addListener((o, a, b) -> vm.dateTyped(b));
        for (var f : new TextField[] {administration, committee, accounts, budget}) {
            Fx.commitOnFinish(f, vm::commit, vm::revert);
        }

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);
        grid.addRow(0, Fx.caption("ui.round.administration", administration), administration);
        grid.addRow(1, Fx.caption("ui.round.committee", committee), committee);
        HBox years = new HBox(accounts, Fx.caption("ui.round.budgetYear", budget), budget);
        years.getStyleClass().add("inline-row");
        grid.addRow(2, Fx.caption("ui.round.accountsYear", accounts), years);
        grid.addRow(3, Fx.caption("ui.round.earlyDate", date), date);

        Label heading = Fx.label("ui.round.title");
        heading.getStyleClass().add("card-title");
        VBox details = new VBox(heading, grid, Fx.reservedMessage("roundMessage", vm.messageProperty(), "field-error"));
        details.getStyleClass().addAll("card", "editor-form");

        TableView<UnderspendLine> lines = new TableView<>(vm.lines());
        lines.setId("linesTable");
        lines.setAccessibleText(Texts.get("ui.round.lines"));
        lines.setPlaceholder(Fx.label("layout.round.noLines"));
        lines.setEditable(true);
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<UnderspendLine, String> text = new TableColumn<>(Texts.get("ui.round.lineText"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setCellFactory(FinishedTextCell.forColumn((row, t) -> {
            if (t != null && !vm.setLineText(row, t)) {
                lines.refresh();
            }
        }, row -> null));
        text.setPrefWidth(480);
        TableColumn<UnderspendLine, String> amount = new TableColumn<>(Texts.get("ui.round.lineAmount"));
        amount.setCellValueFactory(c -> new ReadOnlyStringWrapper(DanishFormat.amount(c.getValue().amount())));
        // left without Enter the typed amount still counts; an invalid one stays red, not stored (decision 0113)
        amount.setCellFactory(FinishedTextCell.forColumn((row, t) -> {
            vm.finishLineAmount(row, t);
            lines.refresh();
        }, vm::invalidLineAmount));
        vm.setFinishEditing(() -> {
            if (lines.getEditingCell() != null) {
                lines.edit(-1, null);
            }
        });
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        amount.setPrefWidth(160);
        lines.getColumns().add(text);
        lines.getColumns().add(amount);
        lines.setPrefHeight(300);

        TextField newText = Fx.input("newLineText", "ui.round.lineText", "ui.round.lineTextHint", vm.newLineTextProperty());
        HBox.setHgrow(newText, Priority.ALWAYS);
        TextField newAmount = Fx.input("newLineAmount", "ui.round.lineAmount", "ui.round.lineAmountHint", vm.newLineAmountProperty());
        newAmount.setOnAction(e -> vm.addLine());
        HBox form = new HBox(newText, newAmount,
                Fx.button("addLine", "ui.round.addLine", "ui.round.addLineHint", vm::addLine),
                Fx.button("removeLine", "ui.round.removeLine", "ui.round.removeLineHint", () -> {
                    int index = lines.getSelectionModel().getSelectedIndex();
                    if (index >= 0) {
                        vm.removeLine(index);
                    }
                }));
        form.getStyleClass().add("inline-row");
        Label net = new Label();
        net.setId("netSum");
        net.textProperty().bind(vm.netSumProperty());
        net.getStyleClass().add("totals");
        Label linesHeading = Fx.label("ui.round.lines");
        linesHeading.getStyleClass().add("card-title");
        VBox linesCard = new VBox(linesHeading, lines, net, form);
        linesCard.getStyleClass().addAll("card", "editor-form");

        root.getChildren().addAll(details, linesCard);
    }

    public VBox root() {
        return root;
    }
}
