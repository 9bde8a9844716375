package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Round;
import java.nio.file.Path;
import java.util.Optional;

/** Everything that asks the user something in a dialog; tests stub it. */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message);

    void error(String title, String message);

    void information(String title, String message);

    Optional<Path> chooseJsonToOpen();

    Optional<Path> chooseJsonToSave(String suggestedName);

    Optional<Path> chooseDatabase();

    /**
     * Asks for a PostgreSQL server's host, port, database, user and password (filled in with the
     * remembered ones); true when the user chose to connect with valid fields.
     */
    default boolean askServer(ServerLoginViewModel login) {
        return false;
    }

    /** Where to save the appendix in this format (PDF or Word). */
    Optional<Path> chooseBilagToSave(dk.overfoersel.document.BilagFormat format, String suggestedName);

    /**
     * A field of the transfer being left holds an invalid value: true to go back and fix it, false to
     * discard the typed text (the transfer keeps its last finished value).
     */
    default boolean fixInvalid(String message) {
        return !confirm(dk.overfoersel.domain.Texts.get("ui.editor.invalidTitle"), message);
    }

    /** An image file (PNG, JPEG or SVG) to add to a transfer as a figure; empty when cancelled. */
    default Optional<Path> chooseImage() {
        return Optional.empty();
    }

    /** An Excel workbook to import. */
    default Optional<Path> chooseXlsxToOpen() {
        return Optional.empty();
    }

    /** Where to export the round as an Excel workbook. */
    default Optional<Path> chooseXlsxToSave(String suggestedName) {
        return Optional.empty();
    }

    /** What the user wants after a file is saved. */
    enum SavedAction { OPEN, SHOW_IN_FOLDER, NONE }

    /** Tells that a file is saved, offering "Åbn" and "Vis i mappe". */
    default SavedAction fileSaved(String title, String message) {
        information(title, message);
        return SavedAction.NONE;
    }

    /**
     * A file to open ({@code suggestedName} null) or to save, in a chooser with this Danish title and
     * one filter ("Excel-regneark (*.xlsx)", {@code extension} ".xlsx"); empty when cancelled.
     */
    default Optional<Path> chooseFile(String title, String filter, String extension, String suggestedName) {
        return Optional.empty();
    }

    /** Asks for the details of a new round; empty when cancelled. */
    Optional<Round> askNewRound();
}
