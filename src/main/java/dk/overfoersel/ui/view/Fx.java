package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Small helpers shared by the views. */
final class Fx {

    /** Idle time after the last keystroke before a text is saved. */
    static final Duration SAVE_DELAY = Duration.millis(500);

    private Fx() {
    }

    static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }

    /** A control with an id, an accessible text and a tooltip (from the bundle key). */
    static <T extends Control> T control(T control, String id, String tooltipKey) {
        control.setId(id);
        String text = Texts.get(tooltipKey);
        control.setTooltip(new Tooltip(text));
        control.setAccessibleText(text);
        control.setAccessibleHelp(text);
        return control;
    }

    /** A text field bound both ways to a view model's text, with an id, a prompt and a tooltip from the bundle. */
    static javafx.scene.control.TextField input(String id, String promptKey, String tooltipKey,
                                                javafx.beans.property.Property<String> text) {
        javafx.scene.control.TextField field = control(new javafx.scene.control.TextField(), id, tooltipKey);
        field.setPromptText(Texts.get(promptKey));
        field.textProperty().bindBidirectional(text);
        return field;
    }

    static Button button(String id, String textKey, String tooltipKey, Runnable action) {
        Button b = control(new Button(Texts.get(textKey)), id, tooltipKey);
        b.setOnAction(e -> action.run());
        // a button is never cut to "…": the fields beside it give way
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    static Label label(String key) {
        return new Label(Texts.get(key));
    }

    static Label caption(String key, Node labelFor) {
        Label l = new Label(Texts.get(key));
        l.setLabelFor(labelFor);
        l.getStyleClass().add("caption");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Accessibility.name(labelFor, Texts.get(key));
        return l;
    }

    /** A label bound to a text; hidden (and taking no room) while the text is empty or null. */
    static Label message(String id, ObservableValue<String> text, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /**
     * A label bound to a text that always keeps one line of room, shown or not, so that a message
     * appearing never moves the fields or the table below it (issue 8).
     */
    static Label reservedMessage(String id, ObservableValue<String> text, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().addAll(styleClass, "reserved-message");
        l.setWrapText(true);
        // two lines of room, shown or not (CSS): a longer message ends in "…" and is whole in the tooltip
        l.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        whole.textProperty().bind(text);
        Runnable tip = () -> l.setTooltip(text.getValue() == null || text.getValue().isEmpty() ? null : whole);
        text.addListener((o, a, b) -> tip.run());
        tip.run();
        return l;
    }

    /**
     * Runs {@code save} once typing has stopped for {@link #SAVE_DELAY}, and at once when the
     * node loses the focus.
     */
    static void saveWhenIdle(Node node, ObservableValue<?> text, Runnable save) {
        PauseTransition pause = new PauseTransition(SAVE_DELAY);
        pause.setOnFinished(e -> save.run());
        text.addListener((o, a, b) -> pause.playFromStart());
        node.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                pause.stop();
                save.run();
            }
        });
    }

    /**
     * A field whose value counts only when finished: {@code commit} runs on Enter and when the field
     * loses the focus (never on a pause); Esc runs {@code revert} (decision 0110).
     */
    static void commitOnFinish(javafx.scene.control.TextField field, Runnable commit, Runnable revert) {
        field.addEventHandler(javafx.event.ActionEvent.ACTION, e -> commit.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && revert != null) {
                revert.run();
                field.end();
                e.consume();
            }
        });
    }

    /** Runs {@code begin} when the node gets the focus and {@code end} when it loses it. */
    static void visit(Node node, Runnable begin, Runnable end) {
        node.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                begin.run();
            } else {
                end.run();
            }
        });
    }

    /** Scrolls the pane so that the focused control inside it is visible (keyboard users). */
    static void keepFocusVisible(javafx.scene.control.ScrollPane pane) {
        pane.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((obs, a, owner) -> scrollTo(pane, owner));
            }
        });
    }

    static void scrollTo(javafx.scene.control.ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (node == null || content == null) {
            return;
        }
        boolean inside = false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                inside = true;
                break;
            }
        }
        if (!inside) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = (contentHeight - viewport) * pane.getVvalue();
        double y;
        if (b.getMinY() < top) {
            y = b.getMinY();
        } else if (b.getMaxY() > top + viewport) {
            y = b.getMaxY() - viewport;
        } else {
            return;
        }
        pane.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }
}
