package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.ui.model.TransferEditorViewModel;
import dk.overfoersel.ui.model.TransferEditorViewModel.Field;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The editor of the selected transfer: number, title, schedule, amount and early part with
 * inline validation (ControlsFX decorations and a visible message), and the three texts with a
 * live word count. Number and amounts are applied when finished (Enter or leaving the field);
 * texts are saved when typing stops or the field loses the focus.
 */
public final class TransferEditorView {

    private final VBox root = new VBox();
    private final ValidationSupport validation = new ValidationSupport();

    public TransferEditorView(TransferEditorViewModel vm) {
        root.setId("transferEditor");
        root.getStyleClass().addAll("card", "editor");
        Label heading = new Label();
        heading.setId("editorHeading");
        heading.textProperty().bind(vm.headingProperty());
        heading.getStyleClass().add("card-title");

        TextField number = Fx.control(new TextField(), "numberField", "ui.editor.numberHint");
        number.textProperty().bindBidirectional(vm.numberProperty());
        number.setPrefColumnCount(4);
        TextField title = Fx.control(new TextField(), "titleField", "ui.editor.titleHint");
        title.textProperty().bindBidirectional(vm.titleProperty());
        ComboBox<Integer> schedule = Fx.control(new ComboBox<>(), "scheduleChoice", "ui.editor.scheduleHint");
        schedule.getItems().setAll(Transfer.SCHEDULE_BOUND, Transfer.SCHEDULE_OPTIONAL);
        schedule.setCellFactory(l -> new ScheduleCell());
        schedule.setButtonCell(new ScheduleCell());
        schedule.valueProperty().bindBidirectional(vm.scheduleProperty());
        TextField amount = Fx.control(new TextField(), "amountField", "ui.editor.amountHint");
        amount.textProperty().bindBidirectional(vm.amountProperty());
        amount.getStyleClass().add("amount-field");
        TextField early = Fx.control(new TextField(), "earlyField", "ui.editor.earlyHint");
        early.textProperty().bindBidirectional(vm.earlyProperty());
        early.getStyleClass().add("amount-field");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints(), new ColumnConstraints());
        grid.add(Fx.caption("ui.editor.number", number), 0, 0);
        HBox numberRow = new HBox(number, Fx.caption("ui.editor.schedule", schedule), schedule);
        numberRow.getStyleClass().add("inline-row");
        grid.add(numberRow, 1, 0);
        grid.add(Fx.reservedMessage("numberError", vm.numberErrorProperty(), "field-error"), 1, 1);
        grid.add(Fx.caption("ui.editor.title", title), 0, 2);
        grid.add(title, 1, 2);
        grid.add(Fx.reservedMessage("titleError", vm.titleErrorProperty(), "field-error"), 1, 3);
        grid.add(Fx.caption("ui.editor.amount", amount), 0, 4);
        grid.add(amount, 1, 4);
        grid.add(Fx.reservedMessage("amountError", vm.amountErrorProperty(), "field-error"), 1, 5);
        grid.add(Fx.caption("ui.editor.early", early), 0, 6);
        grid.add(early, 1, 6);
        grid.add(Fx.reservedMessage("earlyError", vm.earlyErrorProperty(), "field-error"), 1, 7);

        decorate(number, vm.numberErrorProperty());
        decorate(title, vm.titleErrorProperty());
        decorate(amount, vm.amountErrorProperty());
        decorate(early, vm.earlyErrorProperty());

        TextArea background = area("backgroundArea", "ui.editor.backgroundHint", vm.backgroundProperty());
        TextArea consequences = area("consequencesArea", "ui.editor.consequencesHint", vm.consequencesProperty());
        TextArea recommendation = area("recommendationArea", "ui.editor.recommendationHint", vm.recommendationProperty());
        Label missing = new Label(Texts.get("ui.editor.missingConsequences"));
        missing.setId("missingConsequences");
        missing.getStyleClass().add("badge-warning");
        missing.visibleProperty().bind(vm.missingConsequencesProperty());
        missing.managedProperty().bind(missing.visibleProperty());

        // number and amounts count when finished (Enter, leaving the field); texts are saved on a pause,
        // one undo step per visit to the field; the schedule is saved when chosen (decision 0110)
        Fx.commitOnFinish(number, () -> vm.commit(Field.NUMBER), () -> vm.revert(Field.NUMBER));
        Fx.commitOnFinish(amount, () -> vm.commit(Field.AMOUNT), () -> vm.revert(Field.AMOUNT));
        Fx.commitOnFinish(early, () -> vm.commit(Field.EARLY), () -> vm.revert(Field.EARLY));
        for (javafx.scene.control.TextInputControl text : new javafx.scene.control.TextInputControl[] {
                title, background, consequences, recommendation}) {
            Fx.visit(text, vm::beginVisit, vm::endVisit);
            Fx.saveWhenIdle(text, text.textProperty(), vm::save);
        }
        vm.focusRequestProperty().addListener((o, a, field) -> {
            if (field != null) {
                TextField target = switch (field) {
                    case NUMBER -> number;
                    case AMOUNT -> amount;
                    case EARLY -> early;
                };
                javafx.application.Platform.runLater(() -> {
                    target.requestFocus();
                    target.end();
                });
            }
        });

        VBox form = new VBox(heading, grid,
                textBlock("ui.editor.background", background, vm.backgroundWordsProperty(), null),
                textBlock("ui.editor.consequences", consequences, vm.consequencesWordsProperty(), missing),
                textBlock("ui.editor.recommendation", recommendation, vm.recommendationWordsProperty(), null));
        form.getStyleClass().add("editor-form");
        form.disableProperty().bind(vm.editableProperty().not());
        root.getChildren().add(form);
    }

    /** A ControlsFX decoration showing the view model's message for this field. */
    private void decorate(javafx.scene.control.Control control, ObservableValue<String> message) {
        validation.registerValidator(control, false, (Validator<Object>) (c, value) -> {
            String m = message.getValue();
            return ValidationResult.fromMessageIf(c, m == null ? "" : m, Severity.ERROR, m != null);
        });
        message.addListener((o, a, b) -> validation.revalidate(control));
    }

    private static TextArea area(String id, String hintKey, javafx.beans.property.StringProperty text) {
        TextArea area = Fx.control(new TextArea(), id, hintKey);
        area.setWrapText(true);
        area.setPrefRowCount(7);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    private static VBox textBlock(String captionKey, TextArea area, ObservableValue<String> words, Label marker) {
        Label caption = Fx.caption(captionKey, area);
        Label count = new Label();
        count.setId(area.getId() + "Words");
        count.textProperty().bind(words);
        count.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = marker == null ? new HBox(caption, spacer, count) : new HBox(caption, marker, spacer, count);
        head.getStyleClass().add("inline-row");
        VBox box = new VBox(head, area);
        box.getStyleClass().add("text-block");
        return box;
    }

    private static final class ScheduleCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Texts.get("ui.transfers.schedule", String.valueOf(item)));
        }
    }

    public VBox root() {
        return root;
    }
}
