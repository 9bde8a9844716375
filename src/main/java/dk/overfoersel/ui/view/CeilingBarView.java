package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.model.CeilingBarViewModel;
import dk.overfoersel.ui.model.CeilingBarViewModel.Figure;
import dk.overfoersel.ui.model.CeilingBarViewModel.Level;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The ceiling bar at the top of the window: the round's key figures and a gauge towards the ceiling. */
public final class CeilingBarView {

    private static final javafx.css.PseudoClass PREVIEW = javafx.css.PseudoClass.getPseudoClass("preview");
    private final VBox root = new VBox();

    public CeilingBarView(CeilingBarViewModel vm) {
        root.setId("ceilingBar");
        root.getStyleClass().add("ceiling-bar");
        HBox figures = new HBox(
                figure("ceiling", "ui.ceiling.ceiling", "ui.ceiling.ceilingHint", vm.ceiling(), true),
                figure("requested", "ui.ceiling.requested", "ui.ceiling.requestedHint", vm.requested(), true),
                figure("headroom", "ui.ceiling.headroom", "ui.ceiling.headroomHint", vm.headroom(), true),
                separator(),
                figure("early", "ui.ceiling.early", "ui.ceiling.earlyHint", vm.early(), false),
                figure("underspend", "ui.ceiling.underspend", "ui.ceiling.underspendHint", vm.netUnderspend(), false),
                figure("atRisk", "ui.ceiling.atRisk", "ui.ceiling.atRiskHint", vm.skema3AtRisk(), false));
        figures.getStyleClass().add("ceiling-figures");

        ProgressBar gauge = new ProgressBar();
        gauge.setId("ceilingGauge");
        gauge.setMaxWidth(Double.MAX_VALUE);
        gauge.setAccessibleText(Texts.get("ui.ceiling.gauge"));
        // per mille of the ceiling; the gauge shows at most a full bar
        gauge.progressProperty().bind(vm.permilleProperty().divide(1000.0));
        HBox.setHgrow(gauge, Priority.ALWAYS);
        Label level = new Label();
        level.setId("ceilingLevel");
        level.textProperty().bind(vm.levelTextProperty());
        level.getStyleClass().add("ceiling-level");
        Label preview = Fx.label("ui.ceiling.preview");
        preview.setId("ceilingPreview");
        preview.getStyleClass().add("ceiling-preview");
        preview.visibleProperty().bind(vm.previewingProperty());
        preview.managedProperty().bind(preview.visibleProperty());
        HBox gaugeRow = new HBox(gauge, preview, level);
        gaugeRow.getStyleClass().add("ceiling-gauge-row");

        root.getChildren().addAll(figures, gaugeRow);
        vm.levelProperty().addListener((o, a, b) -> style(b));
        vm.previewingProperty().addListener((o, a, b) -> root.pseudoClassStateChanged(PREVIEW, b));
        style(vm.levelProperty().get());
    }

    private void style(Level level) {
        root.getStyleClass().removeAll("ceiling-ok", "ceiling-warning", "ceiling-over");
        root.getStyleClass().add(switch (level) {
            case OK -> "ceiling-ok";
            case WARNING -> "ceiling-warning";
            case OVER -> "ceiling-over";
        });
    }

    private static VBox figure(String id, String captionKey, String hintKey, Figure figure, boolean main) {
        Label caption = Fx.label(captionKey);
        caption.getStyleClass().add("figure-caption");
        Label value = new Label();
        value.setId(id + "Value");
        value.textProperty().bind(figure.textProperty());
        value.getStyleClass().add(main ? "figure-value-main" : "figure-value");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(figure.exactProperty().concat("\n").concat(Texts.get(hintKey)));
        value.setTooltip(tip);
        caption.setTooltip(tip);
        value.accessibleTextProperty().bind(caption.textProperty().concat(": ").concat(figure.exactProperty()));
        value.setFocusTraversable(true);
        VBox box = new VBox(caption, value);
        box.getStyleClass().add("figure");
        return box;
    }

    private static Region separator() {
        Region r = new Region();
        r.getStyleClass().add("figure-separator");
        return r;
    }

    public VBox root() {
        return root;
    }
}
