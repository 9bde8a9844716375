package dk.overfoersel.ui.model;

/** One undoable change of this session. */
public interface Edit {

    void undo();

    void redo();
}
