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
    /** The round's details as stored at {@link #roundVersion} (database thread), for a conflict. */
    private volatile Round roundBase;
    /** Items (and this workspace, for the round) whose save was refused: not saved again until the user chose. */
    private final Set<Object> inConflict = new java.util.HashSet<>();
    /** The conflict dialogs to show, oldest first (the window opens one for each; it leaves when resolved). */
    private final ObservableList<ConflictViewModel> conflicts = FXCollections.observableArrayList();
    /** Whether the editor holds an unfinished or invalid value of a transfer (set by the editor's view model). */
    private java.util.function.Predicate<TransferItem> unfinished = item -> false;
    /** What other users' changes did to the open round (a notice in the status bar), or "". */
    private final ReadOnlyStringWrapper othersNotice = new ReadOnlyStringWrapper("");
    /** Stops listening to the open database's notifications of other users' changes. */
    private volatile AutoCloseable othersSubscription;

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
        open(dbOption, () -> services.open(dbOption));
    }

    /** Opens a database on a PostgreSQL server as this user (the password is used for this open only). */
    public void openServer(String url, String user, String password) {
        open(url, () -> services.openServer(url, user, password));
    }

    private void open(String dbOption, java.util.function.Supplier<CaseService> opener) {
        this.dbOption = dbOption;
        saveDirty();
        state.set(State.LOADING);
        CaseService old = service;
        background.run(() -> {
            // the new database is opened and read first; the old one is closed only when that worked
            CaseService opened = opener.get();
            List<RoundInfo> list;
            OpenCase last;
            try {
                list = opened.rounds();
                StartupTimeline.mark("rounds-read");
                last = list.isEmpty() ? null : opened.openWithoutTexts(list.get(list.size() - 1).id());
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
            listenToOthers(opened);
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
        background.run(() -> service.openWithoutTexts(id), this::showCase, e -> {
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
        roundBase = persistedRound;
        dirty.clear();
        inConflict.clear();
        conflicts.forEach(ConflictViewModel::finished);
        conflicts.clear();
        conflictModels.clear();
        roundDirty = false;
        undo.clear();
        List<TransferItem> items = new ArrayList<>();
        for (Stored<Transfer> t : openCase.transfers()) {
            items.add(new TransferItem(t.id(), t.version(), t.value(), false));
        }
        sum = RunningSum.of(openCase.toCase());
        round.set(persistedRound);
        transfers.setAll(items);
        state.set(State.OPEN);
        changed();
        StartupTimeline.mark("round-shown");
        readMissingTexts();
    }

    // ---- a transfer's whole value: read when it is selected ---------------------------------------

    /**
     * Reads the item's whole value (texts, figures, checked amounts) if the window has only its table
     * columns, then runs {@code done} on the FX thread (at once when it is complete already). An item
     * deleted or replaced meanwhile is left alone and {@code done} not run.
     */
    public void complete(TransferItem item, Runnable done) {
        if (item.isComplete()) {
            done.run();
            return;
        }
        CaseService s = service;
        background.run(() -> {
            java.util.Optional<Stored<Transfer>> whole = s.transfer(item.id);
            whole.ifPresent(w -> {
                item.version = w.version();
                item.base = w.value();
            });
            return whole;
        }, whole -> {
            if (whole.isEmpty() || !transfers.contains(item) || item.isComplete() || dirty.contains(item)) {
                return;
            }
            Transfer value = whole.get().value();
            int oldNumber = item.value().number();
            dk.overfoersel.domain.TransferFigures before = item.figures();
            item.persisted = value;
            item.set(value);
            item.setComplete(true);
            if (!value.figures().equals(before)) {
                sum.replace(oldNumber, value.figures()); // changed by another user since the table was read
                changed();
            }
            done.run();
        }, this::failed);
    }

    /** Which transfers lack texts, read in the background after the round shows (the table's marker). */
    private void readMissingTexts() {
        long id = roundId;
        CaseService s = service;
        if (s == null || id == 0) {
            return;
        }
        background.run(() -> s.transfersMissingTexts(id), missing -> {
            if (roundId == id) {
                transfers.forEach(t -> t.setMissingTextsHint(missing.contains(t.id)));
            }
        }, e -> LOG.warn("Reading which transfers lack texts failed", e));
    }

    /** The ids of the open round's transfers whose texts contain {@code needle}; {@code found} on the FX thread. */
    public void searchTexts(String needle, java.util.function.BooleanSupplier stillWanted, Consumer<Set<Long>> found) {
        long id = roundId;
        CaseService s = service;
        if (s == null || id == 0) {
            return;
        }
        background.run(() -> stillWanted.getAsBoolean() ? s.transfersWithText(id, needle) : null, ids -> {
            if (ids != null && roundId == id) {
                found.accept(ids);
            }
        }, e -> LOG.warn("Searching the texts failed", e));
    }

    /** Refuses to edit or write a value that is not a transfer's whole value (its texts would be lost). */
    private static void requireComplete(TransferItem item) {
        if (!item.isComplete()) {
            throw new IllegalStateException("transfer " + item.value().number() + " is not read whole; it is not written");
        }
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
        requireComplete(item);
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
            if (inConflict.contains(item)) {
                continue; // kept unsaved until the user has chosen in the conflict dialog
            }
            Transfer before = item.persisted;
            Transfer after = item.value();
            dirty.remove(item);
            if (!after.equals(before)) {
                undo.pushOrMerge(new ValueEdit<>(before, after, value -> applyTransfer(item, value), item, visit));
                persist(item, after);
            }
        }
        if (roundDirty && !inConflict.contains(this)) {
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
        closeOthersSubscription();
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
        Transfer shown = value;
        long round = roundId;
        CaseService s = service;
        background.run(() -> {
            // undoing a deletion (or redoing an addition) brings the transfer back under its old id; one
            // deleted before it was read whole comes back with the texts and figures it had
            if (item.id != 0 && item.deletedWhole == null) {
                throw new IllegalStateException("transfer " + shown.number() + " is not read whole; it is not written");
            }
            Transfer toStore = item.deletedWhole == null ? shown : item.deletedWhole.withNumber(shown.number());
            Stored<Transfer> stored = item.id != 0 ? s.restoreTransfer(round, item.id, toStore) : s.addTransfer(round, toStore);
            item.id = stored.id();
            item.version = stored.version();
            item.base = toStore;
            s.flush();
            return stored;
        }, stored -> {
            if (!item.isComplete() && transfers.contains(item)) {
                item.persisted = stored.value();
                item.set(stored.value());
                item.setComplete(true);
            }
            saved();
        }, this::failed);
    }

    private void remove(TransferItem item) {
        dirty.remove(item);
        transfers.remove(item);
        sum.remove(item.value().number());
        changed();
        CaseService s = service;
        Transfer shown = item.isComplete() ? item.value() : null;
        background.run(() -> {
            // undoing the deletion brings back the whole value: one never read whole is read before it goes
            item.deletedWhole = shown != null ? shown : s.transfer(item.id).map(Stored::value).orElse(null);
            s.deleteTransfer(item.id);
            s.flush();
            return Boolean.TRUE;
        }, ok -> saved(), this::failed);
    }

    private void persist(TransferItem item, Transfer value) {
        requireComplete(item);
        item.persisted = value;
        CaseService s = service;
        background.run(() -> {
            Stored<Transfer> stored = s.updateTransfer(item.id, item.version, value);
            item.version = stored.version();
            item.base = value;
            s.flush();
            return stored;
        }, stored -> saved(), e -> {
            if (e instanceof StaleDataException && transfers.contains(item)) {
                transferConflict(item);
            } else {
                failed(e);
            }
        });
    }

    private void persistRound(Round value) {
        persistedRound = value;
        CaseService s = service;
        long id = roundId;
        background.run(() -> {
            roundVersion = s.updateRound(id, roundVersion, value);
            roundBase = value;
            s.flush();
            return s.rounds();
        }, list -> {
            rounds.setAll(list);
            saved();
        }, e -> {
            if (e instanceof StaleDataException && roundId == id) {
                roundConflict();
            } else {
                failed(e);
            }
        });
    }

    // ---- two users: other users' changes reach the window -------------------------------------------

    /** The editor tells which transfer holds a value typed but not finished (or invalid): that one is not replaced. */
    public void setUnfinishedEdits(java.util.function.Predicate<TransferItem> unfinished) {
        this.unfinished = unfinished;
    }

    /** Subscribes to the database's notifications of other programs' changes (PostgreSQL; none on H2). */
    private void listenToOthers(CaseService opened) {
        closeOthersSubscription();
        othersSubscription = opened.onOtherChanges(rounds -> background.run(() -> rounds, changed -> {
            if (service == opened && changed.contains(roundId)) {
                refreshFromOthers();
            }
        }, e -> { }));
    }

    private void closeOthersSubscription() {
        AutoCloseable old = othersSubscription;
        othersSubscription = null;
        if (old != null) {
            try {
                old.close();
            } catch (Exception e) {
                LOG.warn("Stopping the notifications failed", e);
            }
        }
    }

    /** What the round looked like in the window and in the database when other users' changes were read. */
    private record Fresh(OpenCase open, java.util.Map<TransferItem, Long> ids, java.util.Map<TransferItem, Integer> versions,
                         int roundVersion, List<RoundInfo> rounds) {
    }

    /**
     * Takes in other users' changes to the open round: transfers they changed, added or deleted, the round's
     * details, the totals. A transfer with unsaved edits, in a conflict, or with an unfinished or invalid value
     * in the editor is left as the user has it (the notice names it; its next save offers the conflict).
     */
    public void refreshFromOthers() {
        if (roundId == 0 || service == null || state.get() != State.OPEN) {
            return;
        }
        long id = roundId;
        CaseService s = service;
        java.util.Map<TransferItem, Transfer> seen = new java.util.IdentityHashMap<>();
        transfers.forEach(t -> seen.put(t, t.value()));
        Round seenRound = round.get();
        background.run(() -> {
            java.util.Map<TransferItem, Long> ids = new java.util.IdentityHashMap<>();
            java.util.Map<TransferItem, Integer> versions = new java.util.IdentityHashMap<>();
            seen.keySet().forEach(t -> {
                ids.put(t, t.id);
                versions.put(t, t.version);
            });
            return new Fresh(s.openWithoutTexts(id), ids, versions, roundVersion, s.rounds());
        }, fresh -> takeIn(fresh, seen, seenRound), e -> LOG.warn("Reading other users' changes failed", e));
    }

    private boolean untouched(TransferItem item, java.util.Map<TransferItem, Transfer> seen) {
        return transfers.contains(item) && !dirty.contains(item) && !inConflict.contains(item)
                && item.value().equals(seen.get(item)) && !unfinished.test(item);
    }

    private void takeIn(Fresh fresh, java.util.Map<TransferItem, Transfer> seen, Round seenRound) {
        if (roundId != fresh.open().roundId()) {
            return;
        }
        java.util.Map<Long, Stored<Transfer>> byId = new java.util.LinkedHashMap<>();
        fresh.open().transfers().forEach(t -> byId.put(t.id(), t));
        Set<Integer> kept = new java.util.TreeSet<>();
        boolean any = false;
        for (TransferItem item : List.copyOf(transfers)) {
            Long itemId = fresh.ids().get(item);
            if (itemId == null || itemId == 0) {
                continue; // added after the read, or not stored yet
            }
            Stored<Transfer> theirs = byId.remove(itemId);
            if (theirs != null && theirs.version() <= fresh.versions().get(item)) {
                continue;
            }
            if (!untouched(item, seen)) {
                kept.add(item.value().number());
            } else if (theirs == null) {
                transfers.remove(item); // deleted by another user
                sum.remove(item.value().number());
                any = true;
            } else {
                int oldNumber = item.value().number();
                item.persisted = theirs.value();
                item.set(theirs.value());
                // then not whole: an editor showing it lets go and it is read whole again (after the value is
                // set, so that a synchronous re-read cannot be overwritten by the table columns)
                item.setComplete(false);
                sum.replace(oldNumber, theirs.value().figures());
                adopt(item, theirs.version(), theirs.value());
                any = true;
            }
        }
        for (Stored<Transfer> added : byId.values()) {
            boolean known = fresh.ids().containsValue(added.id())
                    || transfers.stream().anyMatch(t -> t.id == added.id());
            if (!known && !numberTaken(added.value().number(), null)) {
                TransferItem item = new TransferItem(added.id(), added.version(), added.value(), false);
                transfers.add(item);
                sum.put(added.value().figures());
                any = true;
            }
        }
        Stored<Round> theirRound = fresh.open().round();
        if (theirRound.version() > fresh.roundVersion()) {
            if (!roundDirty && !inConflict.contains(this) && round.get().equals(seenRound)) {
                persistedRound = theirRound.value();
                round.set(theirRound.value());
                sum.setUnderspend(theirRound.value().netUnderspend());
                background.run(() -> {
                    roundVersion = theirRound.version();
                    roundBase = theirRound.value();
                    return Boolean.TRUE;
                }, ok -> { }, this::failed);
                any = true;
            } else {
                kept.add(0);
            }
        }
        rounds.setAll(fresh.rounds());
        if (!kept.isEmpty()) {
            othersNotice.set(Texts.get("live.keptYours", kept.stream().map(n -> n == 0 ? Texts.get("live.roundDetails")
                    : String.valueOf(n)).collect(java.util.stream.Collectors.joining(", "))));
        } else if (any) {
            othersNotice.set(Texts.get("live.updated"));
        }
        if (any || !kept.isEmpty()) {
            changed();
        }
    }

    /** What other users' changes did to the open round, for the status bar ("" when nothing). */
    public ReadOnlyStringProperty othersNoticeProperty() {
        return othersNotice.getReadOnlyProperty();
    }

    // ---- two users: a refused save becomes a choice per field ----------------------------------------

    /**
     * Another user stored the transfer after the user's edits began: their value is read and the conflict
     * dialog offered; the item is not saved again until the user has chosen.
     */
    private void transferConflict(TransferItem item) {
        if (!inConflict.add(item)) {
            return;
        }
        Transfer mine = item.value();
        CaseService s = service;
        background.run(() -> s.conflicts().transfer(item.id, item.base, mine), c -> {
            if (!transfers.contains(item)) {
                inConflict.remove(item);
            } else if (!item.value().equals(mine)) {
                inConflict.remove(item); // typed on meanwhile: compare the newest value
                transferConflict(item);
            } else if (c.isEmpty()) {
                inConflict.remove(item); // the same values: mine is theirs, only the version is new
                adopt(item, c.theirVersion(), c.theirs());
            } else {
                status.set(Texts.get("conflict.status", String.valueOf(mine.number())));
                offer(c, ConflictViewModel.of(Texts.get("conflict.subject.transfer", String.valueOf(mine.number()),
                        mine.title()), c, merged -> resolveTransfer(item, c, merged)));
            }
        }, e -> {
            inConflict.remove(item);
            failed(e);
        });
    }

    private void adopt(TransferItem item, int version, Transfer theirs) {
        background.run(() -> {
            item.version = version;
            item.base = theirs;
            return Boolean.TRUE;
        }, ok -> { }, this::failed);
    }

    /** The user's choice, stored on top of theirs; one undo step (back to their value). */
    private void resolveTransfer(TransferItem item, dk.overfoersel.service.conflict.Conflict<Transfer> c, Transfer merged) {
        CaseService s = service;
        background.run(() -> {
            Stored<Transfer> stored = s.resolveTransferConflict(item.id, c.theirVersion(), merged);
            item.version = stored.version();
            item.base = merged;
            s.flush();
            return stored;
        }, stored -> {
            ConflictViewModel open = conflictOf(c);
            inConflict.remove(item);
            int oldNumber = item.value().number();
            item.persisted = merged;
            item.set(merged);
            sum.replace(oldNumber, merged.figures());
            dirty.remove(item);
            undo.push(new ValueEdit<>(c.theirs(), merged, value -> applyTransfer(item, value), item, null));
            close(open);
            changed();
            saved();
        }, e -> {
            ConflictViewModel open = conflictOf(c);
            if (e instanceof StaleDataException) {
                close(open); // changed once more meanwhile: a new comparison
                inConflict.remove(item);
                transferConflict(item);
            } else if (open != null) {
                LOG.warn("Storing the choice of a conflict failed", e);
                open.failed(userMessage(e));
            }
        });
    }

    /** Another user stored the round's details after the user's edits began. */
    private void roundConflict() {
        if (!inConflict.add(this)) {
            return;
        }
        Round mine = round.get();
        Round base = roundBase;
        long id = roundId;
        CaseService s = service;
        background.run(() -> s.conflicts().round(id, base, mine), c -> {
            if (roundId != id) {
                inConflict.remove(this);
            } else if (!round.get().equals(mine)) {
                inConflict.remove(this);
                roundConflict();
            } else if (c.isEmpty()) {
                inConflict.remove(this);
                background.run(() -> {
                    roundVersion = c.theirVersion();
                    roundBase = c.theirs();
                    return Boolean.TRUE;
                }, ok -> { }, this::failed);
            } else {
                status.set(Texts.get("conflict.status.round"));
                offer(c, ConflictViewModel.of(Texts.get("conflict.subject.round"), c, merged -> resolveRound(c, merged)));
            }
        }, e -> {
            inConflict.remove(this);
            failed(e);
        });
    }

    private void resolveRound(dk.overfoersel.service.conflict.Conflict<Round> c, Round merged) {
        CaseService s = service;
        long id = roundId;
        background.run(() -> {
            roundVersion = s.resolveRoundConflict(id, c.theirVersion(), merged);
            roundBase = merged;
            s.flush();
            return s.rounds();
        }, list -> {
            ConflictViewModel open = conflictOf(c);
            inConflict.remove(this);
            persistedRound = merged;
            round.set(merged);
            sum.setUnderspend(merged.netUnderspend());
            roundDirty = false;
            rounds.setAll(list);
            undo.push(new ValueEdit<>(c.theirs(), merged, this::applyRound, this, null));
            close(open);
            changed();
            saved();
        }, e -> {
            ConflictViewModel open = conflictOf(c);
            if (e instanceof StaleDataException) {
                close(open);
                inConflict.remove(this);
                roundConflict();
            } else if (open != null) {
                LOG.warn("Storing the choice of a conflict failed", e);
                open.failed(userMessage(e));
            }
        });
    }

    private final java.util.Map<dk.overfoersel.service.conflict.Conflict<?>, ConflictViewModel> conflictModels =
            new java.util.IdentityHashMap<>();

    private void offer(dk.overfoersel.service.conflict.Conflict<?> c, ConflictViewModel vm) {
        conflictModels.put(c, vm);
        conflicts.add(vm);
    }

    private ConflictViewModel conflictOf(dk.overfoersel.service.conflict.Conflict<?> c) {
        return conflictModels.get(c);
    }

    private void close(ConflictViewModel vm) {
        if (vm != null) {
            vm.finished();
            conflicts.remove(vm);
            conflictModels.values().remove(vm);
        }
    }

    /** The conflict dialogs waiting for the user's choice (the window shows each). */
    public ObservableList<ConflictViewModel> conflicts() {
        return conflicts;
    }

    private void saved() {
        othersNotice.set("");
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
        item.setComplete(true); // an undo step holds whole values (edits are made on whole values only)
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
