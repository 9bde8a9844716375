package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.RunningSum;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.service.OpenCase;
import dk.overfoersel.ui.StartupTimeline;
import dk.overfoersel.service.StaleDataException;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.service.backup.Backups;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database and round as the window holds them: the one owner of the transfers, the
 * incremental {@link RunningSum} and the undo stack. Every change goes through here: the sum is
 * updated at once (before saving), and {@link #saveDirty()} writes each changed transfer or round
 * in its own transaction through {@link CaseService} on the {@link Background} thread.
 * FX thread only, except the jobs handed to the background.
 */
public final class Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    /** What the window shows: still loading, an empty database, or a round. */
    public enum State { LOADING, EMPTY, OPEN }

    private final CaseServiceFactory services;
    private final Background background;
    private final DialogService dialogs;
    private final UndoStack undo = new UndoStack();
    private DesktopFiles desktop = DesktopFiles.none();

    private volatile CaseService service;
    private final ReadOnlyStringWrapper databaseName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ObservableList<RoundInfo> rounds = FXCollections.observableArrayList();
    /**
     * Without an extractor on purpose: an edit is not a list change, so the table keeps its selection
     * and order while one types (its cells follow each item's properties). The filter and the sort
     * are applied again when the search, the filter or the sort order changes.
     */
    private final ObservableList<TransferItem> transfers = FXCollections.observableArrayList();
    private final ObservableList<TransferItem> transfersView = FXCollections.unmodifiableObservableList(transfers);
    private final ObservableList<RoundInfo> roundsView = FXCollections.unmodifiableObservableList(rounds);
    private final ReadOnlyObjectWrapper<Round> round = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private RunningSum sum = new RunningSum();

    private long roundId;
    private volatile String dbOption;
    private volatile int roundVersion;
    private Round persistedRound;
    private final Set<TransferItem> dirty = new LinkedHashSet<>();
    private boolean roundDirty;
    /** While a reload after an error runs: further errors are logged, not shown, and never reload again. */
    private boolean reloading;
    /** The visit to a text field under way (one undo step per visit), or null. */
    private Object visit;
    /** A valid value being typed but not finished: the ceiling bar shows it as a preview; never stored. */
    private TransferItem previewItem;
    private Transfer previewValue;
    private final javafx.beans.property.ReadOnlyBooleanWrapper previewing = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    public Workspace(CaseServiceFactory services, Background background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
    }

    // ---- opening ------------------------------------------------------------------------------

    /** What opening a database reads in one go: its rounds and the last of them (null when there is none). */
    private record Opened(List<RoundInfo> rounds, OpenCase last) {
    }

    /**
     * Opens the database ({@code null}: the default one) and reads the last round in it, if any, in the
     * same background job (one trip to the database thread before the window shows the round).
     */
    public void openDatabase(String dbOption) {
        this.dbOption = dbOption;
        saveDirty();
        state.set(State.LOADING);
        CaseService old = service;
        background.run(() -> {
            // the new database is opened and read first; the old one is closed only when that worked
            CaseService opened = services.open(dbOption);
            List<RoundInfo> list;
            OpenCase last;
            try {
                list = opened.rounds();
                StartupTimeline.mark("rounds-read");
                last = list.isEmpty() ? null : opened.open(list.get(list.size() - 1).id());
                StartupTimeline.mark("round-read");
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            if (old != null && old != opened) {
                try {
                    old.flush();
                    old.close();
                } catch (RuntimeException e) {
                    LOG.warn("Closing the previous database failed", e);
                }
            }
            service = opened;
            return new Opened(list, last);
        }, this::showOpened, e -> {
            state.set(roundId != 0 ? State.OPEN : State.EMPTY);
            report(e);
        });
    }

    private void showOpened(Opened opened) {
        databaseName.set(service == null ? "" : service.databaseUrl());
        rounds.setAll(opened.rounds());
        if (opened.last() == null) {
            clearRound();
            state.set(State.EMPTY);
        } else {
            showCase(opened.last());
        }
    }

    private void showRounds(List<RoundInfo> list) {
        databaseName.set(service == null ? "" : service.databaseUrl());
        rounds.setAll(list);
        if (list.isEmpty()) {
            clearRound();
            state.set(State.EMPTY);
        } else {
            openRound(list.get(list.size() - 1).id());
        }
    }

    /** Opens another round of the database. */
    public void openRound(long id) {
        saveDirty();
        state.set(State.LOADING);
        background.run(() -> service.open(id), this::showCase, e -> {
            state.set(roundId != 0 ? State.OPEN : State.EMPTY);
            if (reloading) {
                // the reload itself failed: one message, and no further reload
                reloading = false;
                LOG.error("Reloading round {} failed", id, e);
                dialogs.error(Texts.get("ui.error.title"), Texts.get("ui.error.reloadFailed", userMessage(e)));
            } else {
                failed(e);
            }
        });
    }

    private void showCase(OpenCase openCase) {
        reloading = false;
        clearPreviewQuietly();
        roundId = openCase.roundId();
        roundVersion = openCase.round().version();
        persistedRound = openCase.round().value();
        dirty.clear();
        roundDirty = false;
        undo.clear();
        List<TransferItem> items = new ArrayList<>();
        for (Stored<Transfer> t : openCase.transfers()) {
            items.add(new TransferItem(t.id(), t.version(), t.value()));
        }
        sum = RunningSum.of(openCase.toCase());
        round.set(persistedRound);
        transfers.setAll(items);
        state.set(State.OPEN);
        changed();
        StartupTimeline.mark("round-shown");
    }

    private void clearRound() {
        clearPreviewQuietly();
        roundId = 0;
        persistedRound = null;
        dirty.clear();
        roundDirty = false;
        undo.clear();
        sum = new RunningSum();
        round.set(null);
        transfers.clear();
        changed();
    }

    /** Re-reads the open round from the database, dropping what was not saved. */
    public void reload() {
        if (roundId != 0) {
            dirty.clear();
            roundDirty = false;
            openRound(roundId);
        }
    }

    /**
     * Replaces the open database by a backup (the current state is backed up first) and opens it again;
     * on failure the database as it was is opened again and the Danish message shown.
     */
    public void restoreBackup(Path zip, Consumer<Backups.RestoreReport> done) {
        saveDirty();
        state.set(State.LOADING);
        CaseService old = service;
        String option = dbOption;
        background.run(() -> {
            if (old != null) {
                old.flush();
                old.close();
            }
            service = null;
            Backups.RestoreReport report;
            try {
                report = Backups.restore(services.url(option), zip, java.time.Clock.systemDefaultZone());
            } finally {
                service = services.open(option);
            }
            return new Restored(report, service.rounds());
        }, restored -> {
            showRounds(restored.rounds());
            done.accept(restored.report());
        }, e -> {
            state.set(State.OPEN);
            failed(e);
            if (service != null) {
                openDatabase(option);
            }
        });
    }

    private record Restored(Backups.RestoreReport report, List<RoundInfo> rounds) {
    }

    /** The folder the backups of the open database are kept in, or null (no file database). */
    public Path backupDirectory() {
        return Backups.directory(services.url(dbOption));
    }

    /** The use cases on the open database (history), for jobs on the {@link Background} thread. */
    CaseService service() {
        return service;
    }

    // ---- whole rounds -------------------------------------------------------------------------

    /** A stored case: its round's id and the rounds of the database now. */
    private record StoredCase(long roundId, List<RoundInfo> rounds) {
    }

    /** Stores a whole case (example, import or a new round) and opens it. */
    public void storeCase(Supplier<dk.overfoersel.domain.TransferCase> source, boolean replace) {
        storeCase(s -> s.importCase(source.get(), replace));
    }

    /** Stores a whole case with {@code store} (on the database thread; it returns the round's id) and opens it. */
    public void storeCase(java.util.function.ToLongFunction<CaseService> store) {
        saveDirty();
        state.set(State.LOADING);
        background.run(() -> {
            long id = store.applyAsLong(service);
            service.flush();
            return new StoredCase(id, service.rounds());
        }, stored -> {
            rounds.setAll(stored.rounds());
            openRound(stored.roundId());
        }, e -> {
            state.set(roundId == 0 ? State.EMPTY : State.OPEN);
            report(e);
        });
    }

    /**
     * Runs a use case on the background thread, after the pending edits are saved; {@code done} and
     * {@code failed} run on the FX thread (the caller shows its own message, nothing is reloaded).
     */
    public <T> void useCase(java.util.function.Function<CaseService, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        saveDirty();
        CaseService s = service;
        background.run(() -> work.apply(s), done, failed);
    }

    /** Runs a job with the open case on the background thread (export). */
    public void withCase(Consumer<dk.overfoersel.domain.TransferCase> job, Runnable done) {
        withCase(job, done, e -> { });
    }

    /** As {@link #withCase(Consumer, Runnable)}; {@code alsoOnFailure} runs before the error is shown. */
    public void withCase(Consumer<dk.overfoersel.domain.TransferCase> job, Runnable done, Consumer<Throwable> alsoOnFailure) {
        saveDirty();
        long id = roundId;
        background.run(() -> {
            job.accept(service.load(id));
            return Boolean.TRUE;
        }, ok -> done.run(), e -> {
            // reading the case or writing a file: nothing in the window is lost, so no reload (undo and edits stay)
            alsoOnFailure.accept(e);
            report(e);
        });
    }

    // ---- editing ------------------------------------------------------------------------------

    /** A valid new value of a transfer: the sum follows at once; saved by {@link #saveDirty()}. */
    public void changeTransfer(TransferItem item, Transfer transfer) {
        if (transfer.equals(item.value())) {
            return;
        }
        int oldNumber = item.value().number();
        item.set(transfer);
        sum.replace(oldNumber, transfer.figures());
        dirty.add(item);
        changed();
    }

    /** A valid new value of the round's details and underspend lines. */
    public void changeRound(Round newRound) {
        if (newRound.equals(round.get())) {
            return;
        }
        round.set(newRound);
        sum.setUnderspend(newRound.netUnderspend());
        roundDirty = true;
        changed();
    }

    /** True when the number is used by another transfer of the round. */
    public boolean numberTaken(int number, TransferItem except) {
        return holderOf(number, except) != null;
    }

    /** The other transfer of the round with this number, or null. */
    public TransferItem holderOf(int number, TransferItem except) {
        for (TransferItem t : transfers) {
            if (t != except && t.value().number() == number) {
                return t;
            }
        }
        return null;
    }

    // ---- typing: previews and visits ----------------------------------------------------------

    /**
     * A valid value typed into a field but not finished: the ceiling bar may show it, marked as a
     * preview. Nothing else (table, database, undo) sees it. {@code null} ends the preview.
     */
    public void preview(TransferItem item, Transfer value) {
        if (item == null || value == null || value.equals(item.value()) || value.number() != item.value().number()) {
            clearPreview();
            return;
        }
        previewItem = item;
        previewValue = value;
        previewing.set(true);
        revision.set(revision.get() + 1);
    }

    public void clearPreview() {
        if (previewItem != null) {
            clearPreviewQuietly();
            revision.set(revision.get() + 1);
        }
    }

    private void clearPreviewQuietly() {
        previewItem = null;
        previewValue = null;
        previewing.set(false);
    }

    /** Reads the running sum, with the preview's figures in place of the finished ones while there is one. */
    public <T> T readSum(java.util.function.Function<RunningSum, T> reader) {
        TransferItem item = previewItem;
        if (item == null || !transfers.contains(item) || item.value().number() != previewValue.number()) {
            return reader.apply(sum);
        }
        sum.put(previewValue.figures());
        try {
            return reader.apply(sum);
        } finally {
            sum.put(item.figures());
        }
    }

    /** True while the ceiling bar shows a value that is typed but not finished. */
    public javafx.beans.property.ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** Typing in a text field begins: everything saved until {@link #endVisit()} is one undo step. */
    public void beginVisit() {
        visit = new Object();
    }

    /** Saves what is pending and ends the visit. */
    public void endVisit() {
        saveDirty();
        visit = null;
    }

    public int nextNumber() {
        int max = 0;
        for (TransferItem t : transfers) {
            max = Math.max(max, t.value().number());
        }
        return max + 1;
    }

    /** Writes every changed transfer and the round, each in its own transaction; one undo step each. */
    public void saveDirty() {
        for (TransferItem item : List.copyOf(dirty)) {
            Transfer before = item.persisted;
            Transfer after = item.value();
            dirty.remove(item);
            if (!after.equals(before)) {
                undo.pushOrMerge(new ValueEdit<>(before, after, value -> applyTransfer(item, value), item, visit));
                persist(item, after);
            }
        }
        if (roundDirty) {
            roundDirty = false;
            Round before = persistedRound;
            Round after = round.get();
            if (!after.equals(before)) {
                undo.pushOrMerge(new ValueEdit<>(before, after, this::applyRound, this, visit));
                persistRound(after);
            }
        }
    }

    public boolean hasUnsaved() {
        return !dirty.isEmpty() || roundDirty;
    }

    /** Adds a transfer (saved at once); undoable. */
    public TransferItem addTransfer(Transfer transfer) {
        saveDirty();
        TransferItem item = new TransferItem(0, 0, transfer);
        insert(item, transfers.size());
        undo.push(new Edit() {
            @Override
            public void undo() {
                remove(item);
            }

            @Override
            public void redo() {
                insert(item, transfers.size());
            }
        });
        return item;
    }

    /** Deletes a transfer (at once); undoable. */
    public void deleteTransfer(TransferItem item) {
        saveDirty();
        int index = transfers.indexOf(item);
        if (index < 0) {
            return;
        }
        remove(item);
        undo.push(new Edit() {
            @Override
            public void undo() {
                insert(item, Math.min(index, transfers.size()));
            }

            @Override
            public void redo() {
                remove(item);
            }
        });
    }

    public void undo() {
        saveDirty();
        undo.undo();
    }

    public void redo() {
        saveDirty();
        undo.redo();
    }

    /** Writes what is pending and forces it onto the disk; the database is closed after. */
    public void close() {
        saveDirty();
        CaseService s = service;
        if (s != null) {
            background.run(() -> {
                s.flush();
                s.close();
                return Boolean.TRUE;
            }, ok -> { }, e -> { });
        }
    }

    // ---- the database side --------------------------------------------------------------------

    private void insert(TransferItem item, int index) {
        Transfer value = item.value();
        if (numberTaken(value.number(), item)) {
            value = value.withNumber(nextNumber());
            item.set(value);
        }
        transfers.add(index, item);
        sum.put(value.figures());
        item.persisted = value;
        changed();
        Transfer toStore = value;
        long round = roundId;
        CaseService s = service;
        background.run(() -> {
            // undoing a deletion (or redoing an addition) brings the transfer back under its old id
            Stored<Transfer> stored = item.id != 0 ? s.restoreTransfer(round, item.id, toStore) : s.addTransfer(round, toStore);
            item.id = stored.id();
            item.version = stored.version();
            s.flush();
            return stored;
        }, stored -> saved(), this::failed);
    }

    private void remove(TransferItem item) {
        dirty.remove(item);
        transfers.remove(item);
        sum.remove(item.value().number());
        changed();
        CaseService s = service;
        background.run(() -> {
            s.deleteTransfer(item.id);
            s.flush();
            return Boolean.TRUE;
        }, ok -> saved(), this::failed);
    }

    private void persist(TransferItem item, Transfer value) {
        item.persisted = value;
        CaseService s = service;
        background.run(() -> {
            Stored<Transfer> stored = s.updateTransfer(item.id, item.version, value);
            item.version = stored.version();
            s.flush();
            return stored;
        }, stored -> saved(), this::failed);
    }

    private void persistRound(Round value) {
        persistedRound = value;
        CaseService s = service;
        long id = roundId;
        background.run(() -> {
            roundVersion = s.updateRound(id, roundVersion, value);
            s.flush();
            return s.rounds();
        }, list -> {
            rounds.setAll(list);
            saved();
        }, this::failed);
    }

    private void saved() {
        status.set(Texts.get("ui.status.saved"));
    }

    /**
     * A write failed: one message, then the round is read again from the database, at most once:
     * errors while that reload runs are only logged, and a failing reload shows one message and stops.
     */
    private void failed(Throwable e) {
        if (reloading) {
            LOG.warn("Error while the round is being reloaded (not shown again)", e);
            return;
        }
        boolean reload = roundId != 0
                && (e instanceof StaleDataException || e instanceof UseCaseException || e instanceof DomainException);
        if (!reload) {
            report(e);
            return;
        }
        LOG.warn("A change could not be saved; the round is reloaded", e);
        reloading = true;
        dialogs.error(Texts.get("ui.error.title"), userMessage(e) + "\n" + Texts.get("ui.error.reloaded"));
        dirty.clear();
        roundDirty = false;
        openRound(roundId);
    }

    /** One message for an error that loses nothing in the window (no reload). */
    private void report(Throwable e) {
        LOG.error("Operation failed", e);
        dialogs.error(Texts.get("ui.error.title"), userMessage(e));
    }

    /** The Danish message of our own exceptions; never a class name, SQL or a stack trace. */
    static String userMessage(Throwable e) {
        if ((e instanceof StaleDataException || e instanceof UseCaseException || e instanceof DomainException)
                && e.getMessage() != null) {
            return e.getMessage();
        }
        return Texts.get("ui.error.unexpected");
    }

    /**
     * Undo and redo of a value (a transfer's or the round's): applied and saved without a new undo step.
     * Two saves of the same target during one visit to a text field are one step.
     */
    private record ValueEdit<T>(T before, T after, Consumer<T> apply, Object target, Object visit) implements Edit {
        @Override
        public void undo() {
            apply.accept(before);
        }

        @Override
        public void redo() {
            apply.accept(after);
        }

        @Override
        public Edit mergeWith(Edit next) {
            if (visit != null && next instanceof ValueEdit<?> n && n.visit == visit && n.target == target) {
                @SuppressWarnings("unchecked")
                ValueEdit<T> same = (ValueEdit<T>) n;
                return new ValueEdit<>(before, same.after, apply, target, visit);
            }
            return null;
        }
    }

    private void applyTransfer(TransferItem item, Transfer value) {
        if (!transfers.contains(item)) {
            return;
        }
        int oldNumber = item.value().number();
        item.set(value);
        sum.replace(oldNumber, value.figures());
        changed();
        persist(item, value);
    }

    private void applyRound(Round value) {
        round.set(value);
        sum.setUnderspend(value.netUnderspend());
        changed();
        persistRound(value);
    }

    private void changed() {
        if (hasUnsaved()) {
            status.set(Texts.get("ui.status.unsaved"));
        }
        revision.set(revision.get() + 1);
    }

    // ---- files on the desktop -----------------------------------------------------------------

    /** How files are handed to the desktop (the window passes the real one). */
    public void setDesktop(DesktopFiles desktop) {
        this.desktop = desktop;
    }

    /** A file is saved: the notice with "Åbn" and "Vis i mappe", and what the user chose. */
    public void fileSaved(java.nio.file.Path file, String title, String message) {
        switch (dialogs.fileSaved(title, message)) {
            case OPEN -> openFile(file, false);
            case SHOW_IN_FOLDER -> openFile(file, true);
            case NONE -> { }
        }
    }

    /** Opens a file (or its folder) through the desktop, off the FX thread; a message if that cannot be done. */
    public void openFile(java.nio.file.Path file, boolean folder) {
        DesktopFiles d = desktop;
        background.run(() -> {
            try {
                if (folder) {
                    d.showInFolder(file);
                } else {
                    d.open(file);
                }
            } catch (java.io.IOException | RuntimeException e) {
                throw new java.io.UncheckedIOException(new java.io.IOException(e));
            }
            return Boolean.TRUE;
        }, ok -> { }, e -> {
            LOG.warn("The desktop could not open {}", file, e);
            java.nio.file.Path parent = file.toAbsolutePath().getParent();
            dialogs.error(Texts.get("ui.error.title"), Texts.get("ui.files.cannotOpen", file.getFileName(),
                    parent == null ? "" : parent));
        });
    }

    // ---- read-only views ----------------------------------------------------------------------

    /** The running sum; read only (it changes with every edit, see {@link #revisionProperty()}). */
    public RunningSum sum() {
        return sum;
    }

    /** Counts changes of the round, its transfers or the sum. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<TransferItem> transfers() {
        return transfersView;
    }

    public ObservableList<RoundInfo> rounds() {
        return roundsView;
    }

    public ReadOnlyObjectProperty<Round> roundProperty() {
        return round.getReadOnlyProperty();
    }

    public long roundId() {
        return roundId;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseNameProperty() {
        return databaseName.getReadOnlyProperty();
    }

    /** The use cases on budget notes of the open database, or null while none is open. */
    public dk.overfoersel.service.note.NoteService notes() {
        CaseService open = service;
        return open == null ? null : open.notes();
    }

    public UndoStack undoStack() {
        return undo;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Background background() {
        return background;
    }
}
