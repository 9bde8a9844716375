package dk.overfoersel.ui;

import dk.overfoersel.domain.Round;
import dk.overfoersel.ui.model.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests: answers set in advance, messages recorded. */
public final class StubDialogs implements DialogService {

    public boolean confirmAnswer = true;
    public Path xlsxToOpen;
    public Path xlsxToSave;
    /** The answer to the notice after a file is saved. */
    public SavedAction savedAction = SavedAction.NONE;
    public final List<String> savedNotices = new ArrayList<>();
    /** The answer to "fix or discard" an invalid field: true = go back and fix it. */
    public boolean fixAnswer = true;
    public final List<String> fixQuestions = new ArrayList<>();
    public Path jsonToOpen;
    public Path jsonToSave;
    public Path database;
    public Path bilagToSave;
    /** The image file "Tilføj figur…" and "Erstat…" choose (null: cancelled). */
    public Path image;
    public Round newRound;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();

    /** Fills in the server dialog (Åbn database på server …); null: cancelled. */
    public java.util.function.Predicate<dk.overfoersel.ui.model.ServerLoginViewModel> serverAnswer;

    @Override
    public boolean askServer(dk.overfoersel.ui.model.ServerLoginViewModel login) {
        return serverAnswer != null && serverAnswer.test(login);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public boolean fixInvalid(String message) {
        fixQuestions.add(message);
        return fixAnswer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void information(String title, String message) {
        informations.add(message);
    }

    @Override
    public Optional<Path> chooseImage() {
        return Optional.ofNullable(image);
    }

    @Override
    public Optional<Path> chooseJsonToOpen() {
        return Optional.ofNullable(jsonToOpen);
    }

    @Override
    public Optional<Path> chooseJsonToSave(String suggestedName) {
        return Optional.ofNullable(jsonToSave);
    }

    @Override
    public Optional<Path> chooseXlsxToOpen() {
        return Optional.ofNullable(xlsxToOpen);
    }

    @Override
    public Optional<Path> chooseXlsxToSave(String suggestedName) {
        return Optional.ofNullable(xlsxToSave);
    }

    @Override
    public SavedAction fileSaved(String title, String message) {
        savedNotices.add(message);
        return savedAction;
    }

    @Override
    public Optional<Path> chooseDatabase() {
        return Optional.ofNullable(database);
    }

    @Override
    public Optional<Path> chooseBilagToSave(dk.overfoersel.document.BilagFormat format, String suggestedName) {
        return Optional.ofNullable(bilagToSave);
    }

    /** The answers of {@link #chooseFile}: the file per extension (".xlsx"); the titles asked are recorded. */
    public final java.util.Map<String, Path> files = new java.util.HashMap<>();
    public final List<String> fileTitles = new ArrayList<>();

    @Override
    public Optional<Path> chooseFile(String title, String filter, String extension, String suggestedName) {
        fileTitles.add(title);
        return Optional.ofNullable(files.get(extension));
    }

    @Override
    public Optional<Round> askNewRound() {
        return Optional.ofNullable(newRound);
    }
}
