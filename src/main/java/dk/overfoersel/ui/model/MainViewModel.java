package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.exchange.ImportException;
import dk.overfoersel.usecase.ExchangeFormat;
import dk.overfoersel.usecase.ExportRound;
import dk.overfoersel.usecase.ImportFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window: its title, whether it is loading or empty, the rounds to choose from, and
 * the commands of the Filer and Rediger menus. The feature view models hang off it.
 */
public final class MainViewModel {

    private final Workspace workspace;
    private final String dbOption;
    private final CeilingBarViewModel ceiling;
    private final TransfersViewModel transfers;
    private final TransferEditorViewModel editor;
    private final CommitmentsViewModel commitments;
    private final RoundDetailsViewModel roundDetails;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Texts.get("ui.app.title"));
    private final BooleanBinding loading;
    private final BooleanBinding empty;
    private final javafx.beans.binding.StringBinding status;
    /** Runs a step after the current event (Platform::runLater in the window; at once in view-model tests). */
    private java.util.function.Consumer<Runnable> later = Runnable::run;
    /** The selected transfer once its whole value is read (null while it is read): what the editor edits. */
    private final javafx.beans.property.ObjectProperty<TransferItem> editing = new javafx.beans.property.SimpleObjectProperty<>();
    private TransferItem watched;
    private final javafx.beans.value.ChangeListener<Boolean> readAgain = (o, was, is) -> readAgain(is);

    public MainViewModel(Workspace workspace, String dbOption) {
        this.workspace = workspace;
        this.dbOption = dbOption;
        this.ceiling = new CeilingBarViewModel(workspace);
        this.transfers = new TransfersViewModel(workspace);
        this.editor = new TransferEditorViewModel(workspace);
        this.commitments = new CommitmentsViewModel(workspace);
        this.roundDetails = new RoundDetailsViewModel(workspace);
        // the editor, the contracts and the figures show the selected transfer once its whole value is read
        transfers.selectedProperty().addListener((o, a, b) -> showWhole(b));
        editor.itemProperty().bind(editing);
        editor.setReselect(item -> later.accept(() -> transfers.selectedProperty().set(item)));
        commitments.setReselect(item -> later.accept(() -> transfers.selectedProperty().set(item)));
        status = Bindings.createStringBinding(() -> (anyInvalid()
                        ? Texts.get("ui.status.invalidField") : workspace.statusProperty().get())
                        + (workspace.othersNoticeProperty().get().isEmpty() ? "" : "  " + workspace.othersNoticeProperty().get()),
                editor.invalidProperty(), roundDetails.invalidProperty(), commitments.invalidProperty(),
                workspace.statusProperty(), workspace.othersNoticeProperty());
        commitments.itemProperty().bind(editing);
        loading = Bindings.createBooleanBinding(() -> workspace.stateProperty().get() == Workspace.State.LOADING,
                workspace.stateProperty());
        empty = Bindings.createBooleanBinding(() -> workspace.stateProperty().get() == Workspace.State.EMPTY,
                workspace.stateProperty());
        workspace.roundProperty().addListener((o, a, b) -> refreshTitle(b));
        workspace.transfers().addListener((javafx.collections.ListChangeListener<TransferItem>) c -> {
            if (transfers.selectedProperty().get() != null
                    && !workspace.transfers().contains(transfers.selectedProperty().get())) {
                transfers.selectedProperty().set(null);
            }
            if (transfers.selectedProperty().get() == null && !transfers.shown().isEmpty()) {
                transfers.selectedProperty().set(transfers.shown().get(0));
            }
        });
    }

    private void readAgain(boolean whole) {
        if (!whole) {
            showWhole(transfers.selectedProperty().get()); // replaced by another user's value: read it whole again
        }
    }

    private void showWhole(TransferItem item) {
        if (watched != null) {
            watched.completeProperty().removeListener(readAgain);
        }
        watched = item;
        if (item == null) {
            editing.set(null);
            return;
        }
        item.completeProperty().addListener(readAgain);
        if (item.isComplete()) {
            editing.set(item);
            return;
        }
        editing.set(null);
        workspace.complete(item, () -> {
            if (transfers.selectedProperty().get() == item) {
                editing.set(item);
            }
        });
    }

    /** The selected transfer once its whole value is read; null while nothing is selected or it is being read. */
    public javafx.beans.value.ObservableObjectValue<TransferItem> editingProperty() {
        return editing;
    }

    /** Opens the database given at start; the window is already visible. */
    public void start() {
        workspace.openDatabase(dbOption);
    }

    /**
     * A file opened from the desktop: once the database is open (the window's first load is done),
     * asks whether to import it and then imports it as Filer → Importér would.
     */
    public void offerImportOnceOpen(Path file) {
        if (workspace.stateProperty().get() != Workspace.State.LOADING) {
            offerImport(file);
            return;
        }
        javafx.beans.value.ChangeListener<Workspace.State> whenOpen = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Workspace.State> o, Workspace.State was, Workspace.State now) {
                if (now != Workspace.State.LOADING) {
                    o.removeListener(this);
                    offerImport(file);
                }
            }
        };
        workspace.stateProperty().addListener(whenOpen);
    }

    private void offerImport(Path file) {
        if (workspace.dialogs().confirm(Texts.get("ui.openFile.title"),
                Texts.get("ui.openFile.question", String.valueOf(file.getFileName())))) {
            importJson(file);
        }
    }

    private void refreshTitle(Round r) {
        title.set(r == null ? Texts.get("ui.app.title")
                : Texts.get("ui.app.titleWithRound", r.administration(), String.valueOf(r.accountsYear()),
                        String.valueOf(r.budgetYear())));
    }

    // ---- Filer ----------------------------------------------------------------------------

    public void loadExample() {
        workspace.storeCase(ExampleRound::load, false);
    }

    public void newRound() {
        Optional<Round> round = workspace.dialogs().askNewRound();
        round.ifPresent(r -> workspace.storeCase(() -> new TransferCase(r, List.of()), false));
    }

    public void importJson() {
        workspace.dialogs().chooseJsonToOpen().ifPresent(this::importFile);
    }

    public void importXlsx() {
        workspace.dialogs().chooseXlsxToOpen().ifPresent(this::importFile);
    }

    /** As {@link #importFile(Path)}. */
    public void importJson(Path file) {
        importFile(file);
    }

    /**
     * Imports a JSON or Excel file (by its name; read and checked whole on the background thread, as
     * the command line's {@code import}); replaces the round of the same administration and year after asking.
     */
    public void importFile(Path file) {
        workspace.background().run(() -> {
            try {
                return new ImportFile().read(file);
            } catch (ImportException e) {
                throw new UnreadableFile(e);
            }
        }, read -> importRead(file, read), e -> {
            if (e instanceof UnreadableFile u) {
                List<String> errors = u.importException.messages();
                workspace.dialogs().error(Texts.get("ui.import.failedTitle"),
                        Texts.get("ui.import.failed", String.valueOf(errors.size())) + "\n" + String.join("\n", errors));
            } else {
                workspace.dialogs().error(Texts.get("ui.error.title"), Workspace.userMessage(e));
            }
        });
    }

    private void importRead(Path file, TransferCase read) {
        boolean exists = workspace.rounds().stream().anyMatch(r -> r.administration().equals(read.round().administration())
                && r.accountsYear() == read.round().accountsYear());
        if (exists && !workspace.dialogs().confirm(Texts.get("ui.import.replaceTitle"),
                Texts.get("ui.import.replaceQuestion", read.round().administration(), String.valueOf(read.round().accountsYear())))) {
            return;
        }
        // as the command line's import: a workbook keeps the figures stored with the replaced round
        workspace.storeCase(service -> new ImportFile().store(service, file, read, exists).roundId());
    }

    /** Carries a file's import errors out of the background job. */
    private static final class UnreadableFile extends RuntimeException {
        private final transient ImportException importException;

        UnreadableFile(ImportException e) {
            super(e.getMessage(), e);
            this.importException = e;
        }
    }

    public void exportJson() {
        suggestedName(ExchangeFormat.JSON).ifPresent(name -> workspace.dialogs().chooseJsonToSave(name).ifPresent(this::exportJson));
    }

    public void exportXlsx() {
        suggestedName(ExchangeFormat.XLSX).ifPresent(name -> workspace.dialogs().chooseXlsxToSave(name)
                .ifPresent(file -> export(file, ExchangeFormat.XLSX)));
    }

    private Optional<String> suggestedName(ExchangeFormat format) {
        Round r = workspace.roundProperty().get();
        return r == null ? Optional.empty() : Optional.of(r.administration().replaceAll("[^A-Za-z0-9ÆØÅæøå]+", "-")
                + "-" + r.accountsYear() + format.extension());
    }

    public void exportJson(Path file) {
        export(file, ExchangeFormat.JSON);
    }

    /** Exports the round as saved (pending edits first), as the command line's {@code export}; then the notice. */
    public void export(Path file, ExchangeFormat format) {
        workspace.withCase(c -> new ExportRound().write(c, format, file),
                () -> workspace.fileSaved(file, Texts.get("ui.export.doneTitle"), Texts.get("ui.export.done", file)));
    }

    // ---- Hjælp ----------------------------------------------------------------------------

    private Path logFile;

    /** Where the program logs (the window is told at start). */
    public void setLogFile(Path logFile) {
        this.logFile = logFile;
    }

    /** Hjælp → Vis log: the log file in the desktop's program for it; a message if there is none or it cannot. */
    public void showLog() {
        if (logFile == null || !java.nio.file.Files.exists(logFile)) {
            workspace.dialogs().information(Texts.get("ui.menu.showLog"),
                    Texts.get("ui.log.none", logFile == null ? "" : logFile));
            return;
        }
        workspace.openFile(logFile, false);
    }

    private dk.overfoersel.ui.WindowSettings settings = dk.overfoersel.ui.WindowSettings.inMemory();

    /** Where the server dialog remembers host, port, database and user. */
    public void setSettings(dk.overfoersel.ui.WindowSettings settings) {
        this.settings = settings;
    }

    /** Filer → Åbn database på server …: asks for the server and its login, remembers all but the password, opens. */
    public void openServerDatabase() {
        ServerLoginViewModel login = ServerLoginViewModel.remembered(settings);
        if (workspace.dialogs().askServer(login)) {
            login.remember(settings);
            workspace.openServer(login.url(), login.userProperty().get().strip(), login.takePassword());
        }
    }

    public void openOtherDatabase() {
        workspace.dialogs().chooseDatabase().ifPresent(p -> workspace.openDatabase(p.toString()));
    }

    public void chooseRound(RoundInfo info) {
        if (info != null && info.id() != workspace.roundId()) {
            workspace.openRound(info.id());
        }
    }

    private boolean anyInvalid() {
        return editor.invalidProperty().get() || roundDetails.invalidProperty().get() || commitments.invalidProperty().get();
    }

    /**
     * The user closes the window: every field and cell is finished (valid values stored); if one still
     * holds an invalid value, asks "Ret" (false: the window stays open) or "Kassér" (true: close without it).
     */
    public boolean mayClose() {
        commitments.commitAll();
        editor.commitAll();
        roundDetails.commitAll();
        if (!anyInvalid()) {
            return true;
        }
        if (workspace.dialogs().fixInvalid(Texts.get("ui.close.invalid"))) {
            return false;
        }
        editor.revertUnfinished();
        commitments.discardInvalid();
        roundDetails.discardInvalid();
        return true;
    }

    /** Finishes the fields (valid values are stored, invalid ones not), saves and closes the database. */
    public void close() {
        commitments.commitAll();
        editor.commitAll();
        roundDetails.commitAll();
        workspace.close();
    }

    /** How to run a step after the current event; the window passes {@code Platform::runLater}. */
    public void setLater(java.util.function.Consumer<Runnable> later) {
        this.later = later;
    }

    // ---- Rediger --------------------------------------------------------------------------

    /** Undo: first the typing in an unfinished field (its finished value comes back), else the last edit. */
    public void undo() {
        if (editor.revertUnfinished()) {
            return;
        }
        workspace.undo();
    }

    public void redo() {
        workspace.redo();
    }

    // ---- read-only state ------------------------------------------------------------------

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The status bar: that a field holds an unsaved invalid value, else whether everything is saved. */
    public javafx.beans.binding.StringBinding statusProperty() {
        return status;
    }

    public BooleanBinding loadingProperty() {
        return loading;
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    public Workspace workspace() {
        return workspace;
    }

    public CeilingBarViewModel ceiling() {
        return ceiling;
    }

    public TransfersViewModel transfers() {
        return transfers;
    }

    public TransferEditorViewModel editor() {
        return editor;
    }

    public CommitmentsViewModel commitments() {
        return commitments;
    }

    public RoundDetailsViewModel roundDetails() {
        return roundDetails;
    }
}
