package dk.overfoersel.ui.view;

import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * Small vector icons for the markers the shipped font has no glyph for (Carlito has neither ⚠
 * U+26A0 nor ✎ U+270E): drawn, so they look the same everywhere. Coloured by CSS classes.
 * Each carries the character it stands for as its user data (for tests and the accessible text).
 */
final class Icons {

    /** ⚠: a triangle with an exclamation mark cut out. */
    static final String WARNING_PATH = "M8 0.8 L15.6 14.6 L0.4 14.6 Z M7.1 5 L8.9 5 L8.9 10.2 L7.1 10.2 Z M7.1 11.4 L8.9 11.4 L8.9 13.1 L7.1 13.1 Z";
    /** ✎: a pencil. */
    static final String PENCIL_PATH = "M11.6 0.9 L15.1 4.4 L5.2 14.3 L0.9 15.1 L1.7 10.8 Z M10.4 3.3 L2.9 10.8 L2.5 13.5 L5.2 13.1 L12.7 5.6 Z";

    private Icons() {
    }

    static SVGPath warning() {
        return icon(WARNING_PATH, "icon-warning", "⚠");
    }

    static SVGPath pencil() {
        return icon(PENCIL_PATH, "icon-pencil", "✎");
    }

    private static SVGPath icon(String path, String styleClass, String stands) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.setFillRule(FillRule.EVEN_ODD);
        p.getStyleClass().addAll("icon", styleClass);
        p.setUserData(stands);
        return p;
    }
}
