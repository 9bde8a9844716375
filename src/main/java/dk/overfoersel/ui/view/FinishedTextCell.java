package dk.overfoersel.ui.view;

import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;

/**
 * A table cell edited as text whose value counts when it is finished, as in the editor's fields
 * (decision 0113): Enter, Tab, clicking elsewhere, leaving the transfer or closing the window all hand
 * the typed text to {@code finish}; only Esc drops it. A row whose text was invalid shows that text with
 * the red marker ({@code :invalid}) instead of the stored value, and editing it again starts from it.
 */
final class FinishedTextCell<S> extends TableCell<S, String> {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final BiConsumer<Integer, String> finish;
    private final IntFunction<String> invalidText;
    private TextField field;

    private FinishedTextCell(BiConsumer<Integer, String> finish, IntFunction<String> invalidText) {
        this.finish = finish;
        this.invalidText = invalidText;
        getStyleClass().add("finished-cell");
    }

    /**
     * A cell factory: {@code finish} gets (row, typed text) once the cell is left; {@code invalidText}
     * gives the unsaved invalid text of a row, or null.
     */
    static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forColumn(
            BiConsumer<Integer, String> finish, IntFunction<String> invalidText) {
        return c -> new FinishedTextCell<>(finish, invalidText);
    }

    private String shown() {
        String invalid = isEmpty() ? null : invalidText.apply(getIndex());
        return invalid != null ? invalid : getItem();
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        TextField f = new TextField(shown());
        f.setId("cellEditor");
        f.setOnAction(e -> {
            e.consume();
            leave(true);
        });
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave(false);
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                leave(true);
            }
        });
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is && field == f) {
                leave(true);
            }
        });
        field = f;
        setText(null);
        setGraphic(f);
        f.selectAll();
        f.requestFocus();
    }

    /** The table ends the edit (another cell, a refresh, the window closing): the typed text still counts. */
    @Override
    public void cancelEdit() {
        if (field != null) {
            String typed = field.getText();
            int row = getIndex();
            field = null;
            super.cancelEdit();
            render();
            hand(row, typed);
        } else {
            super.cancelEdit();
            render();
        }
    }

    /** Ends the edit from the cell itself: {@code keep} hands the text on; Esc drops it. */
    private void leave(boolean keep) {
        if (field == null) {
            return;
        }
        String typed = field.getText();
        int row = getIndex();
        field = null;
        if (isEditing()) {
            super.cancelEdit();
        }
        render();
        if (keep) {
            hand(row, typed);
        } else {
            // Esc: the stored value comes back, also over an earlier invalid text
            finish.accept(row, null);
        }
        if (getTableView() != null) {
            getTableView().requestFocus();
        }
    }

    private void hand(int row, String typed) {
        if (row >= 0 && typed != null && !typed.equals(shown())) {
            finish.accept(row, typed);
        } else if (row >= 0 && typed != null && invalidText.apply(row) != null) {
            // the same invalid text again: its message is shown again
            finish.accept(row, typed);
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (!isEditing()) {
            render();
        }
    }

    private void render() {
        setGraphic(null);
        if (isEmpty()) {
            setText(null);
            pseudoClassStateChanged(INVALID, false);
            return;
        }
        String invalid = invalidText.apply(getIndex());
        setText(invalid != null ? invalid : getItem());
        pseudoClassStateChanged(INVALID, invalid != null);
    }
}
