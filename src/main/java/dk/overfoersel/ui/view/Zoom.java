package dk.overfoersel.ui.view;

import dk.overfoersel.ui.WindowSettings;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The text zoom of the whole window: Ctrl++ / Ctrl+− (also Ctrl+= and the keypad's + and −) change
 * the root's font size in steps of 10 % between 80 % and 200 %, Ctrl+0 goes back to 100 %. Every size in
 * the stylesheet is in em, so the whole window follows; the level is remembered in the settings.
 */
public final class Zoom {

    static final String KEY = "zoom";
    static final double MIN = 0.8;
    static final double MAX = 2.0;
    static final double STEP = 0.1;

    private final Parent root;
    private final WindowSettings settings;
    private final DoubleConsumer onFontSize;
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(1.0);

    Zoom(Parent root, WindowSettings settings, DoubleConsumer onFontSize) {
        this.root = root;
        this.settings = settings;
        this.onFontSize = onFontSize;
        set(settings.number(KEY, 1.0));
    }

    void routeKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
                zoomIn();
                e.consume();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoomOut();
                e.consume();
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                set(1.0);
                e.consume();
            }
        });
    }

    /**
     * Another window of the program (the budget notes) has this zoom: its text follows every change, and
     * Ctrl++ / Ctrl+− / Ctrl+0 there change it for all windows (one remembered level).
     */
    void attach(Scene scene) {
        routeKeys(scene);
        javafx.beans.value.ChangeListener<Number> apply =
                (o, a, b) -> scene.getRoot().setStyle("-fx-font-size: " + fontSize() + "px;");
        apply.changed(level, level.get(), level.get());
        level.addListener(apply);
        if (scene.getWindow() != null) {
            scene.getWindow().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> level.removeListener(apply));
        }
    }

    public void zoomIn() {
        set(level.get() + STEP);
    }

    public void zoomOut() {
        set(level.get() - STEP);
    }

    public void reset() {
        set(1.0);
    }

    /** Sets the level (rounded to a step, kept within 80–200 %) and remembers it. */
    public void set(double value) {
        double rounded = Math.round(WindowPlacement.clamp(value, MIN, MAX) * 10) / 10.0;
        level.set(rounded);
        double size = fontSize();
        root.setStyle("-fx-font-size: " + size + "px;");
        onFontSize.accept(size);
        settings.setNumber(KEY, rounded);
    }

    /**
     * A window or dialog opened from {@code owner} gets the owner's zoomed font size (Ctrl++ / Ctrl+−
     * apply to the dialogs too; every size in the stylesheet is in em).
     */
    public static void follow(javafx.stage.Window owner, Parent child) {
        if (owner == null || owner.getScene() == null || owner.getScene().getRoot() == null) {
            return;
        }
        String style = owner.getScene().getRoot().getStyle();
        if (style != null && style.contains("-fx-font-size")) {
            child.setStyle((child.getStyle() == null ? "" : child.getStyle()) + style);
        }
    }

    /** The root's font size in pixels at the current level. */
    public double fontSize() {
        return UiFonts.BASE_SIZE * level.get();
    }

    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }
}
