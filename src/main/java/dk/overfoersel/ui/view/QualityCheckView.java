package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.check.Finding;
import dk.overfoersel.domain.check.ProblemKind;
import dk.overfoersel.ui.model.QualityCheckViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Kvalitetstjek" panel shown before Udskriv / Gem bilag when the check finds something: each
 * finding is a link to its transfer and field; an amount notice can be marked as checked; then
 * "Fortsæt alligevel" or "Tilbage".
 */
public final class QualityCheckView {

    private final Stage stage = new Stage();

    public QualityCheckView(Window owner, QualityCheckViewModel vm) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.get("ui.quality.title"));
        Label summary = new Label();
        summary.setId("qualitySummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        ListView<Finding> list = new ListView<>(vm.findings());
        list.setId("qualityFindings");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(null);
                if (empty || f == null) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = new Hyperlink((f.isProblem() ? "⚠ " : "ⓘ ") + f.message());
                link.setWrapText(true);
                link.setMaxWidth(520);
                link.getStyleClass().add(f.isProblem() ? "quality-problem" : "quality-notice");
                link.setOnAction(e -> vm.go(f));
                HBox row = new HBox(link);
                row.setSpacing(8);
                if (f.kind() == ProblemKind.UNMATCHED_AMOUNT) {
                    Button mark = new Button(Texts.get("ui.quality.markChecked"));
                    mark.getStyleClass().add("quality-mark");
                    mark.setOnAction(e -> vm.markChecked(f));
                    row.getChildren().add(mark);
                }
                setGraphic(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button proceed = new Button(Texts.get("ui.quality.proceed"));
        proceed.setId("qualityProceed");
        proceed.setOnAction(e -> vm.proceed());
        Button back = new Button(Texts.get("ui.quality.back"));
        back.setId("qualityBack");
        back.setCancelButton(true);
        back.setDefaultButton(true);
        back.setOnAction(e -> vm.close());
        HBox buttons = new HBox(8, back, proceed);
        VBox root = new VBox(10, summary, list, buttons);
        root.setId("qualityPanel");
        root.getStyleClass().add("quality-panel");
        Scene scene = new Scene(root, 680, 420);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            Zoom.follow(owner, root);
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (vm.showingProperty().get()) {
                vm.close();
            }
        });
        vm.showingProperty().addListener((o, a, b) -> {
            if (b) {
                stage.show();
            } else {
                stage.hide();
            }
        });
    }

    public Stage stage() {
        return stage;
    }
}
