package dk.overfoersel.ui.note;

import dk.overfoersel.domain.Texts;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A cell of a note's table edited like a spreadsheet: typing starts editing, Enter (down), Tab
 * (right; Shift+Tab left) and leaving the cell finish the value, Esc puts the finished value back.
 * Only a finished, valid value is stored; an invalid text stays in the cell with a red marker (kept
 * by the view model, never stored) until it is corrected or dropped with Esc.
 */
final class NoteCell extends TableCell<NoteLine, String> {

    /** How a finished text is stored: true when valid (stored), false when kept as invalid. */
    interface Finish {
        boolean finish(NoteLine line, String text);
    }

    private final NoteTableView owner;
    private final int column;
    private final Finish finish;
    private TextField field;
    /** True while the typed text is being finished or dropped, so the table's own cancel does not finish it again. */
    private boolean leaving;

    NoteCell(NoteTableView owner, int column, boolean numeric, Finish finish) {
        this.owner = owner;
        this.column = column;
        this.finish = finish;
        if (numeric) {
            getStyleClass().add("note-amount");
        }
    }

    private NoteLine line() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    public void startEdit() {
        NoteLine line = line();
        if (line == null || line.isTotal() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = owner.takeTyped();
        String invalid = owner.invalidText(line.index(), column);
        field = new TextField(typed != null ? typed : invalid != null ? invalid : getItem());
        field.setId("noteCellEditor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is && isEditing()) {
                leave(0);
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        if (typed != null) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            leave(NoteTableView.DOWN);
        } else if (e.getCode() == KeyCode.TAB) {
            e.consume();
            leave(e.isShiftDown() ? NoteTableView.LEFT : NoteTableView.RIGHT);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            NoteLine line = line();
            leaving = true;
            if (line != null) {
                owner.dropInvalid(line.index(), column);
            }
            cancelEdit();
            leaving = false;
            owner.refresh();
        }
    }

    /** Finishes the typed text (stored if valid, kept with a marker if not), then moves. */
    private void leave(int move) {
        if (leaving || field == null) {
            return;
        }
        NoteLine line = line();
        String text = field.getText();
        int row = getIndex();
        leaving = true;
        try {
            super.cancelEdit();
            showValue(getItem());
            if (line != null) {
                finish.finish(line, text);
            }
        } finally {
            leaving = false;
            field = null;
        }
        owner.refresh();
        if (move != 0) {
            owner.move(row, getTableColumn(), move);
        }
    }

    /** The table cancels an edit when another cell is clicked: that is leaving the cell too. */
    @Override
    public void cancelEdit() {
        if (!leaving && field != null && isEditing()) {
            leave(0);
            return;
        }
        super.cancelEdit();
        field = null;
        showValue(getItem());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
            return;
        }
        showValue(item);
    }

    private void showValue(String item) {
        NoteLine line = line();
        String invalid = line == null || line.isTotal() ? null : owner.invalidText(line.index(), column);
        getStyleClass().remove("note-invalid");
        setGraphic(null);
        if (invalid != null) {
            setText(invalid);
            getStyleClass().add("note-invalid");
            setTooltip(new Tooltip(Texts.get("note.ui.cell.invalid", invalid)));
        } else {
            setText(item);
            setTooltip(null);
        }
    }
}
