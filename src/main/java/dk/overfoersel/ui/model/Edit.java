package dk.overfoersel.ui.model;

/** One undoable change of this session. */
public interface Edit {

    void undo();

    void redo();

    /** This edit and {@code next} as one step, or null when they stay two (the default). */
    default Edit mergeWith(Edit next) {
        return null;
    }
}
