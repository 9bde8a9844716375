package dk.overfoersel.ui.view;

import dk.overfoersel.ui.WindowSettings;
import java.util.function.DoubleSupplier;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size, position and split position: the remembered ones when they still fit a screen,
 * otherwise sized to the screen (up to 1360×860), with the table given the width its amounts need.
 */
final class WindowPlacement {

    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String MAXIMIZED = "window.maximized";
    static final String SPLIT = "split.transfers";

    /** The editor's comfortable width; the table gets the rest, but never less than it needs. */
    static final double EDITOR_WIDTH = 470;
    /** Below this width beside the table the editor goes below the table. */
    static final double EDITOR_MIN_WIDTH = 380;
    /** The table column's padding around the table. */
    static final double TABLE_PADDING = 30;
    private static final String ARRANGED = "ovfSplitArranged";
    private static final String REARRANGE = "ovfSplitRearrange";

    private final WindowSettings settings;
    private final Rectangle2D screen = Screen.getPrimary().getVisualBounds();

    WindowPlacement(WindowSettings settings) {
        this.settings = settings;
    }

    /** The scene in the remembered size, or the screen's size up to 1360×860. */
    Scene scene(Parent root) {
        double w = clamp(settings.number(WIDTH, 1360), minWidth(), screen.getWidth());
        double h = clamp(settings.number(HEIGHT, 860), minHeight(), screen.getHeight());
        return new Scene(root, w, h);
    }

    private double minWidth() {
        return Math.min(960, screen.getWidth());
    }

    private double minHeight() {
        return Math.min(600, screen.getHeight());
    }

    /** Position (if remembered and on a screen) and minimum size. */
    void place(Stage stage) {
        stage.setMinWidth(minWidth());
        stage.setMinHeight(minHeight());
        if (settings.has(X) && settings.has(Y)) {
            double x = settings.number(X, 0);
            double y = settings.number(Y, 0);
            // a position remembered on a larger screen is kept only if the whole window is on a screen now
            double w = stage.getScene() == null ? 200 : stage.getScene().getWidth();
            double h = stage.getScene() == null ? 100 : stage.getScene().getHeight();
            if (Screen.getScreens().stream().anyMatch(sc -> sc.getVisualBounds().contains(x, y, w, h))) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        if (settings.number(MAXIMIZED, 0) == 1) {
            stage.setMaximized(true);
        }
    }

    /**
     * Side by side when the table's amounts and a usable editor fit next to each other, else the editor
     * below the table (a narrow screen or a large zoom). Each arrangement remembers its own divider.
     */
    void manageSplit(SplitPane split, DoubleSupplier tableMinWidth) {
        boolean[] adjusting = {false};
        Runnable arrange = () -> {
            double width = split.getWidth();
            if (width <= 0) {
                return;
            }
            Orientation wanted = width < tableMinWidth.getAsDouble() + TABLE_PADDING + EDITOR_MIN_WIDTH
                    ? Orientation.VERTICAL : Orientation.HORIZONTAL;
            if (split.getOrientation() == wanted && split.getProperties().containsKey(ARRANGED)) {
                return;
            }
            adjusting[0] = true;
            split.getProperties().put(ARRANGED, Boolean.TRUE);
            split.setOrientation(wanted);
            double remembered = settings.number(splitKey(wanted), -1);
            // side by side, a divider remembered on a wider screen must still leave the table its amounts
            boolean fits = wanted == Orientation.VERTICAL
                    || remembered * width >= tableMinWidth.getAsDouble() + TABLE_PADDING;
            split.setDividerPositions(remembered > 0.2 && remembered < 0.9 && fits ? remembered
                    : wanted == Orientation.VERTICAL ? 0.6 : defaultDivider(width, tableMinWidth.getAsDouble()));
            adjusting[0] = false;
        };
        split.widthProperty().addListener((o, a, b) -> arrange.run());
        split.getProperties().put(REARRANGE, arrange);
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> {
            if (!adjusting[0] && split.getProperties().containsKey(ARRANGED)) {
                settings.setNumber(splitKey(split.getOrientation()), b.doubleValue());
            }
        });
    }

    /** After the columns changed width (zoom): side by side or one above the other again. */
    static void rearrange(SplitPane split) {
        if (split.getProperties().get(REARRANGE) instanceof Runnable r) {
            split.getProperties().remove(ARRANGED);
            r.run();
        }
    }

    static String splitKey(Orientation orientation) {
        return orientation == Orientation.VERTICAL ? SPLIT + ".below" : SPLIT;
    }

    /** The table gets what the editor leaves, but at least its minimum (plus its padding) and at most 80 %. */
    static double defaultDivider(double width, double tableMinWidth) {
        if (width <= 0) {
            return 0.64;
        }
        double table = Math.max(tableMinWidth + TABLE_PADDING, width - EDITOR_WIDTH);
        return clamp(table / width, 0.4, 0.8);
    }

    /** Writes the size, position and split position to the settings. */
    void remember(Stage stage, SplitPane split) {
        settings.setNumber(MAXIMIZED, stage.isMaximized() ? 1 : 0);
        if (!stage.isMaximized() && stage.getScene() != null) {
            settings.setNumber(WIDTH, stage.getScene().getWidth());
            settings.setNumber(HEIGHT, stage.getScene().getHeight());
            settings.setNumber(X, stage.getX());
            settings.setNumber(Y, stage.getY());
        }
        if (split.getDividers().size() == 1) {
            settings.setNumber(splitKey(split.getOrientation()), split.getDividerPositions()[0]);
        }
        settings.save();
    }

    static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
