package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * What a screen reader (Narrator, VoiceOver) announces, and the keyboard in the long texts. A field is
 * named by its caption and its value: "Beløb, 15.739.000,00 kroner", not "text field".
 */
final class Accessibility {

    private Accessibility() {
    }

    /**
     * Names a control by its caption; a text input also speaks its current value (an amount field,
     * CSS class {@code amount-field}, with "kroner"), a text area its caption only (the text is long).
     */
    static void name(Node control, String caption) {
        if (control == null) {
            return;
        }
        control.accessibleTextProperty().unbind();
        if (control instanceof TextArea) {
            control.setAccessibleText(caption);
        } else if (control instanceof TextInputControl field) {
            boolean amount = field.getStyleClass().contains("amount-field");
            String name = amount ? caption.replace("(kr.)", "").strip() : caption;
            control.accessibleTextProperty().bind(Bindings.createStringBinding(() -> {
                String value = field.getText() == null ? "" : field.getText().strip();
                if (value.isEmpty()) {
                    return Texts.get("layout.a11y.empty", name);
                }
                return Texts.get(amount ? "layout.a11y.amount" : "layout.a11y.value", name, value);
            }, field.textProperty()));
        } else {
            control.setAccessibleText(caption);
        }
    }

    /**
     * Tab and Shift+Tab leave a text area (to the next or previous control) instead of inserting a tab;
     * Ctrl+Tab inserts one. Pasted tabs stay in the text. For every text area in the scene.
     */
    static void tabLeavesTextAreas(javafx.scene.Scene scene) {
        boolean[] moving = {false};
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (moving[0] || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()
                    || !(e.getTarget() instanceof TextArea area)) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                area.replaceSelection("\t");
            } else {
                // the text area's own keys: Ctrl+Tab / Ctrl+Shift+Tab move the focus
                moving[0] = true;
                try {
                    area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                            e.isShiftDown(), true, false, false));
                } finally {
                    moving[0] = false;
                }
            }
        });
    }
}
