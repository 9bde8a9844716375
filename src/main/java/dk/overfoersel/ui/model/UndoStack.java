package dk.overfoersel.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Undo and redo of the edits made in this session (not persisted). */
public final class UndoStack {

    private static final int LIMIT = 200;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    public void push(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /**
     * Pushes an edit, or folds it into the last one when that one accepts it ({@link Edit#mergeWith}):
     * typing in a text during one visit to the field is one undo step.
     */
    public void pushOrMerge(Edit edit) {
        Edit top = undo.peek();
        Edit merged = top == null ? null : top.mergeWith(edit);
        if (merged == null) {
            push(edit);
            return;
        }
        undo.pop();
        undo.push(merged);
        redo.clear();
        update();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Edit edit = undo.pop();
            edit.undo();
            redo.push(edit);
            update();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Edit edit = redo.pop();
            edit.redo();
            undo.push(edit);
            update();
        }
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
