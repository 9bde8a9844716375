package dk.overfoersel.service;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.rule.CaseRules;
import dk.overfoersel.domain.rule.Violations;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.service.note.NoteService;
import dk.overfoersel.domain.check.DanishAmounts;
import dk.overfoersel.domain.check.Finding;
import dk.overfoersel.domain.check.QualityCheck;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.store.CheckedAmountRepository;
import dk.overfoersel.store.ConcurrentChangeException;
import dk.overfoersel.store.FigureRepository;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.RoundRepository;
import dk.overfoersel.store.StoreException;
import dk.overfoersel.store.TransferRepository;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.service.audit.Actor;
import dk.overfoersel.service.audit.Audit;
import dk.overfoersel.service.audit.AuditFields;
import dk.overfoersel.service.audit.AuditKey;
import dk.overfoersel.service.audit.HistoryEntry;
import dk.overfoersel.service.audit.RoundSnapshot;
import dk.overfoersel.service.audit.TransferSnapshot;
import dk.overfoersel.store.audit.AuditRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The use cases on transfer cases. Every method is one transaction: when it throws, the
 * database is exactly as before. All writes go through {@link #write} — the one place where
 * changes are written, each with its audit entries in the same transaction ({@link Audit}).
 */
public final class CaseService implements AutoCloseable {

    private final Database database;
    private final Actor actor;
    private final Clock clock;
    private final List<Runnable> afterWrite = new CopyOnWriteArrayList<>();
    /** Tells this program's own change notifications from other programs'. */
    private final String origin = java.util.UUID.randomUUID().toString();

    /** Use cases on this database; the audit records the OS user on H2, the database user elsewhere. */
    public CaseService(Database database) {
        this(database, database.dialect() == org.jooq.SQLDialect.H2 ? Actor.osUser() : Actor.databaseUser(),
                Clock.systemDefaultZone());
    }

    public CaseService(Database database, Actor actor, Clock clock) {
        this.database = database;
        this.actor = actor;
        this.clock = clock;
    }

    public String databaseUrl() {
        return database.url();
    }

    // ---- reading -------------------------------------------------------------------------

    public List<RoundInfo> rounds() {
        return read(dsl -> new RoundRepository(dsl).list());
    }

    /**
     * The round to work on: the one asked for, or the only one there is.
     *
     * @throws UseCaseException when it does not exist, or none was asked for and there are 0 or several
     */
    public long resolveRound(Long requested) {
        return read(dsl -> {
            RoundRepository rounds = new RoundRepository(dsl);
            if (requested != null) {
                if (!rounds.exists(requested)) {
                    throw new UseCaseException(Texts.get("service.roundNotFound", String.valueOf(requested)));
                }
                return requested;
            }
            List<RoundInfo> all = rounds.list();
            if (all.isEmpty()) {
                throw new UseCaseException(Texts.get("service.noRounds"));
            }
            if (all.size() > 1) {
                throw new UseCaseException(Texts.get("service.severalRounds", String.valueOf(all.size())));
            }
            return all.get(0).id();
        });
    }

    public OpenCase open(long roundId) {
        return read(dsl -> {
            return new OpenCase(storedRound(dsl, roundId), new TransferRepository(dsl).list(roundId));
        });
    }

    /**
     * The round as the window first shows it: every transfer with id, version, amounts and commitments
     * but its texts empty and without figures (read by {@link #transfer(long)} when it is selected). A
     * value from here is never written back as it is: the window completes a transfer before editing it.
     */
    public OpenCase openWithoutTexts(long roundId) {
        return read(dsl -> {
            return new OpenCase(storedRound(dsl, roundId), new TransferRepository(dsl).listWithoutTexts(roundId));
        });
    }

    /** One transfer's whole stored value (texts, commitments, figures, checked amounts), or empty when it is gone. */
    public java.util.Optional<Stored<Transfer>> transfer(long transferId) {
        return read(dsl -> new TransferRepository(dsl).load(transferId));
    }

    /**
     * The ids of the round's transfers whose background, consequences or recommendation contains
     * {@code needle} (ignoring case), read one transfer at a time.
     */
    public Set<Long> transfersWithText(long roundId, String needle) {
        String lower = needle.toLowerCase(java.util.Locale.ROOT);
        return read(dsl -> {
            Set<Long> found = new java.util.HashSet<>();
            new TransferRepository(dsl).forEachText(roundId, t -> {
                if (contains(t.background(), lower) || contains(t.consequences(), lower) || contains(t.recommendation(), lower)) {
                    found.add(t.transferId());
                }
            });
            return found;
        });
    }

    private static boolean contains(String text, String lowerNeedle) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(lowerNeedle);
    }

    /**
     * The ids of the round's transfers that lack texts ({@link Transfer#missingTexts}), as stored with each
     * transfer: no text is read (H2 keeps the pages of everything read; a pass over 10.000 transfers' texts
     * held about 45 MB).
     */
    public Set<Long> transfersMissingTexts(long roundId) {
        return read(dsl -> new TransferRepository(dsl).missingTexts(roundId));
    }

    private static Stored<Round> storedRound(DSLContext dsl, long roundId) {
        return new RoundRepository(dsl).load(roundId)
                .orElseThrow(() -> new UseCaseException(Texts.get("service.roundNotFound", String.valueOf(roundId))));
    }

    public TransferCase load(long roundId) {
        return open(roundId).toCase();
    }

    public Summary summary(long roundId) {
        return amountsOnly(roundId).runningSum().summary();
    }

    /**
     * The round with its transfers' figures and commitments, but their texts left empty: enough for
     * the running sum (a summary of 10.000 transfers does not read 30 MB of text). Not for documents.
     */
    public TransferCase amountsOnly(long roundId) {
        return read(dsl -> {
            Round round = storedRound(dsl, roundId).value();
            return new TransferCase(round, new TransferRepository(dsl).listFigures(roundId));
        });
    }

    // ---- writing -------------------------------------------------------------------------

    /**
     * Stores a whole case. A round with the same administration and accounts year is an error,
     * unless {@code replace}: then that round keeps its id (and each transfer whose number is still
     * there keeps its id) and gets the new content. The audit trail gets one entry for it.
     *
     * @return the round's id
     */
    public long importCase(TransferCase transferCase, boolean replace) {
        return storeCase("import", transferCase, replace, false).roundId();
    }

    /**
     * As {@link #importCase(TransferCase, boolean)}, for a file that cannot hold figures (XLSX): when
     * it replaces a round, each transfer keeps the figures and checked amounts stored under its number.
     */
    public ImportResult importCaseKeepingFigures(TransferCase transferCase, boolean replace) {
        return storeCase("import", transferCase, replace, true);
    }

    /** Creates an empty round (no transfers). */
    public long createRound(Round round) {
        return storeCase("createRound", new TransferCase(round, List.of()), false, false).roundId();
    }

    private ImportResult storeCase(String useCase, TransferCase transferCase, boolean replace, boolean keepFigures) {
        return write(useCase, (dsl, audit) -> {
            RoundRepository rounds = new RoundRepository(dsl);
            TransferRepository transfers = new TransferRepository(dsl);
            Round round = transferCase.round();
            var existing = rounds.findId(round.administration(), round.accountsYear());
            long id;
            String before = null;
            FigureKeeping result = null;
            if (existing.isPresent()) {
                if (!replace) {
                    throw new UseCaseException(Texts.get("service.roundExists", round.administration(),
                            String.valueOf(round.accountsYear()), String.valueOf(existing.get())));
                }
                id = existing.get();
                before = describe(rounds.load(id).orElseThrow().value(), transfers.list(id).stream().map(Stored::value).toList());
                int version = rounds.load(id).orElseThrow().version();
                result = FigureKeeping.of(id, transfers.list(id), transferCase.transfers(), keepFigures);
                transfers.replaceAll(id, result.transfers());
                rounds.update(id, version, round);
            } else {
                id = rounds.insert(round);
                transfers.insertAll(id, transferCase.transfers());
            }
            audit.event(AuditKey.round(id), AuditFields.IMPORT, before, describe(round, transferCase.transfers()));
            return result == null ? new ImportResult(id, 0, List.of()) : result.result();
        });
    }

    private static String describe(Round round, List<Transfer> transfers) {
        return Texts.get("audit.import.content", round.administration(), String.valueOf(round.accountsYear()),
                String.valueOf(transfers.size()), DanishFormat.kroner(Money.sum(transfers, Transfer::amount)));
    }

    /** Changes the round's details and underspend lines (ids of unchanged lines kept); returns the new version. */
    public int updateRound(long roundId, int expectedVersion, Round round) {
        return updateRound("updateRound", roundId, expectedVersion, round);
    }

    private int updateRound(String useCase, long roundId, int expectedVersion, Round round) {
        return write(useCase, (dsl, audit) -> {
            RoundRepository rounds = new RoundRepository(dsl);
            RoundSnapshot before = RoundSnapshot.read(rounds, roundId);
            int version = rounds.update(roundId, expectedVersion, round);
            RoundSnapshot.record(audit, before, RoundSnapshot.read(rounds, roundId));
            return version;
        });
    }

    public boolean deleteRound(long roundId) {
        return write("deleteRound", (dsl, audit) -> {
            RoundRepository rounds = new RoundRepository(dsl);
            var round = rounds.load(roundId);
            if (round.isEmpty()) {
                return false;
            }
            String before = describe(round.get().value(),
                    new TransferRepository(dsl).list(roundId).stream().map(Stored::value).toList());
            audit.event(AuditKey.round(roundId), AuditFields.DELETED, before, null);
            return rounds.delete(roundId);
        });
    }

    public Stored<Transfer> addTransfer(long roundId, Transfer transfer) {
        return write("addTransfer", (dsl, audit) -> {
            if (!new RoundRepository(dsl).exists(roundId)) {
                throw new UseCaseException(Texts.get("service.roundNotFound", String.valueOf(roundId)));
            }
            TransferRepository transfers = new TransferRepository(dsl);
            Stored<Transfer> stored = transfers.insert(roundId, transfer);
            checkRoundTotals(transfers, roundId);
            TransferSnapshot.record(audit, null, TransferSnapshot.read(transfers, stored.id()));
            return stored;
        });
    }

    public Stored<Transfer> updateTransfer(long transferId, int expectedVersion, Transfer transfer) {
        return updateTransfer("updateTransfer", transferId, expectedVersion, transfer);
    }

    /**
     * Stores the value the user chose field by field after a refused save ({@link StaleDataException}) on
     * top of the version another user stored ({@code theirVersion}); audited as use case "resolveConflict".
     * Refused again when the transfer changed once more meanwhile.
     */
    public Stored<Transfer> resolveTransferConflict(long transferId, int theirVersion, Transfer merged) {
        return updateTransfer("resolveConflict", transferId, theirVersion, merged);
    }

    /** As {@link #resolveTransferConflict} for the round's details and underspend lines; returns the new version. */
    public int resolveRoundConflict(long roundId, int theirVersion, Round merged) {
        return updateRound("resolveConflict", roundId, theirVersion, merged);
    }

    /** Reading what another user stored over the user's value (after a {@link StaleDataException}). */
    public dk.overfoersel.service.conflict.ConflictService conflicts() {
        return new dk.overfoersel.service.conflict.ConflictService(this::read);
    }

    private Stored<Transfer> updateTransfer(String useCase, long transferId, int expectedVersion, Transfer transfer) {
        return write(useCase, (dsl, audit) -> {
            TransferRepository transfers = new TransferRepository(dsl);
            TransferSnapshot before = TransferSnapshot.read(transfers, transferId);
            Stored<Transfer> stored = transfers.update(transferId, expectedVersion, transfer);
            transfers.roundOf(transferId).ifPresent(roundId -> checkRoundTotals(transfers, roundId));
            TransferSnapshot.record(audit, before, TransferSnapshot.read(transfers, transferId));
            return stored;
        });
    }

    /** The domain's limits for a round's totals, after a change of one transfer (the transaction is undone when broken). */
    private static void checkRoundTotals(TransferRepository transfers, long roundId) {
        TransferRepository.Totals totals = transfers.totals(roundId);
        new Violations().addAll(CaseRules.totals(totals.requested(), totals.commitments()), "")
                .throwIfAny(Texts.get("rule.subject.round"));
    }

    public boolean deleteTransfer(long transferId) {
        return write("deleteTransfer", (dsl, audit) -> {
            TransferRepository transfers = new TransferRepository(dsl);
            TransferSnapshot before = TransferSnapshot.read(transfers, transferId);
            if (before == null) {
                return false;
            }
            TransferSnapshot.record(audit, before, null);
            return transfers.delete(transferId);
        });
    }

    /**
     * Undoes a deletion: the transfer comes back under the id it had (its history continues).
     * When that id is in use again (it cannot be, ids are never reused) or the number is taken, the
     * use case is refused and nothing is written.
     */
    public Stored<Transfer> restoreTransfer(long roundId, long transferId, Transfer transfer) {
        return write("restoreTransfer", (dsl, audit) -> {
            if (!new RoundRepository(dsl).exists(roundId)) {
                throw new UseCaseException(Texts.get("service.roundNotFound", String.valueOf(roundId)));
            }
            TransferRepository transfers = new TransferRepository(dsl);
            Stored<Transfer> stored = transfers.restore(transferId, roundId, transfer);
            TransferSnapshot.record(audit, null, TransferSnapshot.read(transfers, transferId));
            return stored;
        });
    }

    // ---- figures and checked amounts (each its own use case; a transfer's update leaves them) ----

    /** The transfer's figures in order, with their stable ids. */
    public List<Stored<Figure>> figures(long transferId) {
        return read(dsl -> new FigureRepository(dsl).list(transferId));
    }

    /** Adds a figure after the transfer's others; its name must be new in the transfer. */
    public Stored<Figure> addFigure(long transferId, Figure figure) {
        return write("addFigure", (dsl, audit) -> {
            AuditKey key = transferKey(dsl, transferId);
            FigureRepository figures = new FigureRepository(dsl);
            if (figures.list(transferId).stream().anyMatch(f -> f.value().name().equals(figure.name()))) {
                throw new UseCaseException(Texts.get("figure.service.nameTaken", String.valueOf(key.transferNo()), figure.name()));
            }
            Stored<Figure> stored = figures.insert(transferId, figure);
            audit.changes(key.child(FigureAudit.FIGURE, stored.id()), null, FigureAudit.fields(figure));
            return stored;
        });
    }

    /** Replaces a figure's image and/or texts; it keeps its id and place. */
    public Stored<Figure> replaceFigure(long figureId, Figure figure) {
        return write("replaceFigure", (dsl, audit) -> {
            FigureRepository figures = new FigureRepository(dsl);
            Stored<Figure> before = figures.load(figureId).orElseThrow(this::figureGone);
            long transferId = figures.transferOf(figureId).orElseThrow(this::figureGone);
            AuditKey key = transferKey(dsl, transferId);
            if (figures.list(transferId).stream().anyMatch(f -> f.id() != figureId && f.value().name().equals(figure.name()))) {
                throw new UseCaseException(Texts.get("figure.service.nameTaken", String.valueOf(key.transferNo()), figure.name()));
            }
            figures.update(figureId, figure);
            audit.changes(key.child(FigureAudit.FIGURE, figureId), FigureAudit.fields(before.value()), FigureAudit.fields(figure));
            return new Stored<>(figureId, 1, figure);
        });
    }

    public boolean removeFigure(long figureId) {
        return write("removeFigure", (dsl, audit) -> {
            FigureRepository figures = new FigureRepository(dsl);
            var before = figures.load(figureId);
            if (before.isEmpty()) {
                return false;
            }
            AuditKey key = transferKey(dsl, figures.transferOf(figureId).orElseThrow());
            audit.changes(key.child(FigureAudit.FIGURE, figureId), FigureAudit.fields(before.get().value()), null);
            return figures.delete(figureId);
        });
    }

    /** Puts the transfer's figures in the order of these ids (each of its figures exactly once). */
    public List<Stored<Figure>> reorderFigures(long transferId, List<Long> figureIds) {
        return write("reorderFigures", (dsl, audit) -> {
            AuditKey key = transferKey(dsl, transferId);
            FigureRepository figures = new FigureRepository(dsl);
            List<Stored<Figure>> before = figures.list(transferId);
            Set<Long> stored = new HashSet<>();
            before.forEach(f -> stored.add(f.id()));
            if (figureIds.size() != stored.size() || !stored.equals(new HashSet<>(figureIds))) {
                throw new UseCaseException(Texts.get("figure.service.badOrder", String.valueOf(key.transferNo())));
            }
            figures.reorder(transferId, figureIds);
            List<Stored<Figure>> after = figures.list(transferId);
            audit.changes(key, java.util.Map.of("figureOrder", order(before)), java.util.Map.of("figureOrder", order(after)));
            return after;
        });
    }

    /**
     * Marks an amount written in the transfer's texts as checked (the quality check stops reporting it);
     * returns the transfer's checked amounts. The amount is stored in its canonical form.
     */
    public List<String> markAmountChecked(long transferId, String amount) {
        return write("markAmountChecked", (dsl, audit) -> {
            AuditKey key = transferKey(dsl, transferId);
            String canonical = DanishAmounts.canonical(amount).orElseThrow(() -> new UseCaseException(
                    Texts.get("figure.rule.checkedAmount", String.valueOf(key.transferNo()), String.valueOf(amount))));
            CheckedAmountRepository checked = new CheckedAmountRepository(dsl);
            if (checked.add(transferId, canonical)) {
                audit.changes(key, java.util.Map.of(), FigureAudit.checked(canonical));
            }
            return checked.list(transferId);
        });
    }

    /** Takes an amount off the transfer's checked list; returns the list. */
    public List<String> unmarkAmountChecked(long transferId, String amount) {
        return write("unmarkAmountChecked", (dsl, audit) -> {
            AuditKey key = transferKey(dsl, transferId);
            CheckedAmountRepository checked = new CheckedAmountRepository(dsl);
            DanishAmounts.canonical(amount).ifPresent(canonical -> {
                if (checked.remove(transferId, canonical)) {
                    audit.changes(key, FigureAudit.checked(canonical), java.util.Map.of());
                }
            });
            return checked.list(transferId);
        });
    }

    /** The quality check of the round as stored. */
    public List<Finding> qualityCheck(long roundId) {
        return QualityCheck.of(load(roundId));
    }

    private AuditKey transferKey(DSLContext dsl, long transferId) {
        TransferRepository transfers = new TransferRepository(dsl);
        int number = transfers.number(transferId)
                .orElseThrow(() -> new UseCaseException(Texts.get("figure.service.transferGone", String.valueOf(transferId))));
        return AuditKey.transfer(transfers.roundOf(transferId).orElseThrow(), transferId, number);
    }

    private static String order(List<Stored<Figure>> figures) {
        return String.join(", ", figures.stream().map(f -> f.value().name()).toList());
    }

    private UseCaseException figureGone() {
        return new UseCaseException(Texts.get("figure.service.figureGone"));
    }

    // ---- history ------------------------------------------------------------------------

    /** The audit trail, oldest first: of a round (null: all), a transfer number in it (null: all). */
    public List<HistoryEntry> history(Long roundId, Integer transferNo) {
        return read(dsl -> toEntries(new AuditRepository(dsl).find(roundId, transferNo, null)));
    }

    /** The history of one transfer by its stable id (its own fields and its commitments'), oldest first. */
    public List<HistoryEntry> transferHistory(long transferId) {
        return read(dsl -> toEntries(new AuditRepository(dsl).find(null, null, transferId)));
    }

    /**
     * The transfer {@code current} with the entry's old value put back (for "Gendan denne værdi"); the
     * caller saves it through {@link #updateTransfer} like any edit, so the restore is audited and undoable.
     *
     * @throws UseCaseException when the value cannot be put back (its commitment is gone, a rule forbids it)
     */
    public Transfer withOldValue(long transferId, Transfer current, HistoryEntry entry) {
        return read(dsl -> {
            int index = -1;
            if (AuditFields.COMMITMENT.equals(entry.entity())) {
                List<Stored<dk.overfoersel.domain.Commitment>> rows = new TransferRepository(dsl).commitmentRows(transferId);
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).id() == entry.entityId()) {
                        index = i;
                    }
                }
            }
            try {
                return AuditFields.applyToTransfer(current, entry.entity(), entry.field(), entry.oldValue(), index);
            } catch (IllegalArgumentException e) { // DomainException and a malformed number included
                throw new UseCaseException(Texts.get("audit.cannotRestore", entry.fieldLabel()), e);
            }
        });
    }

    private static List<HistoryEntry> toEntries(List<AuditRepository.Row> rows) {
        return rows.stream().map(r -> new HistoryEntry(r.id(), r.changedAt(), r.changedBy(), r.useCase(), r.entity(),
                r.entityId(), r.roundId(), r.transferId(), r.transferNo(), r.field(), r.oldValue(), r.newValue())).toList();
    }

    /** True for a database file the program backs up itself (H2); a PostgreSQL server is backed up by IT (pg_dump). */
    public boolean hasFileBackups() {
        return database.file() != null;
    }

    /** A consistent backup of the open database into {@code target} (null: into backups/ next to it). */
    public java.nio.file.Path backup(java.nio.file.Path target) {
        return dk.overfoersel.service.backup.Backups.backup(database, target, clock);
    }

    /** Who may change what (PostgreSQL: the administration → group mapping); writes pass through {@link #write}. */
    public dk.overfoersel.service.access.AccessService access() {
        return new dk.overfoersel.service.access.AccessService(this::read, this::write);
    }

    /** The use cases on budget notes, on the same database; their writes pass through {@link #write}. */
    public NoteService notes() {
        return new NoteService(this::read, this::write);
    }

    /** Forces committed work onto the disk; call after a save that matters. */
    public void flush() {
        database.checkpoint();
    }

    @Override
    public void close() {
        for (AutoCloseable l : listeners) {
            try {
                l.close();
            } catch (Exception ignored) {
                // the database is closed next anyway
            }
        }
        listeners.clear();
        database.close();
    }

    // ---- the one place where transactions are run ------------------------------------------

    private <T> T read(Function<DSLContext, T> work) {
        return inTransaction(work);
    }

    /**
     * Every change passes here, named by its use case ("updateTransfer", "import"): the work and its
     * audit entries ({@link Audit}) are one transaction. Then the listeners hear of it (backups).
     */
    private <T> T write(String useCase, BiFunction<DSLContext, Audit, T> work) {
        String[] announced = new String[1];
        T result = inTransaction(dsl -> {
            Audit audit = new Audit(OffsetDateTime.now(clock), actor.name(new AuditRepository(dsl)), useCase);
            T value = work.apply(dsl, audit);
            new AuditRepository(dsl).insert(audit.rows());
            announced[0] = announce(dsl, audit);
            return value;
        });
        if (announced[0] != null) {
            dk.overfoersel.store.ChangeChannel.committed(database, announced[0]);
        }
        for (Runnable listener : afterWrite) {
            listener.run();
        }
        return result;
    }

    /** Tells the other programs on the database which rounds changed (PostgreSQL NOTIFY on commit; nothing on H2). */
    private String announce(DSLContext dsl, Audit audit) {
        Set<Long> rounds = new java.util.TreeSet<>();
        audit.rows().forEach(r -> {
            if (r.roundId() != null) {
                rounds.add(r.roundId());
            }
        });
        if (rounds.isEmpty()) {
            return null;
        }
        String payload = origin + ";" + String.join(",", rounds.stream().map(String::valueOf).toList());
        dk.overfoersel.store.ChangeChannel.announce(dsl, payload);
        return payload;
    }

    /**
     * Hears the rounds other programs change on this database, a few moments after they commit (PostgreSQL
     * LISTEN/NOTIFY, on a thread of its own). An H2 file admits one program, so there only other services on
     * the same file in this program are heard (on their committing thread). Close the handle to stop (closing
     * the service stops it too).
     */
    public AutoCloseable onOtherChanges(java.util.function.Consumer<Set<Long>> rounds) {
        AutoCloseable handle = dk.overfoersel.store.ChangeChannel.listen(database, payload -> {
            int semi = payload.indexOf(';');
            if (semi < 0 || payload.substring(0, semi).equals(origin)) {
                return; // our own change, or not one of ours
            }
            Set<Long> ids = new HashSet<>();
            for (String id : payload.substring(semi + 1).split(",")) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException ignored) {
                    // not a round id: ignore
                }
            }
            rounds.accept(ids);
        });
        listeners.add(handle);
        return () -> {
            listeners.remove(handle);
            handle.close();
        };
    }

    private final List<AutoCloseable> listeners = new CopyOnWriteArrayList<>();

    /** Runs after every successful write (outside its transaction), e.g. the window's background backup. */
    public void afterWrite(Runnable listener) {
        afterWrite.add(listener);
    }

    private <T> T inTransaction(Function<DSLContext, T> work) {
        try {
            return database.inTransaction(work);
        } catch (UseCaseException | DomainException e) {
            throw e;
        } catch (StoreException e) {
            throw translate(e);
        } catch (IntegrityConstraintViolationException e) {
            throw new UseCaseException(describeConstraint(e), e);
        } catch (DataAccessException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UseCaseException u) {
                throw u;
            }
            if (cause instanceof StoreException s) {
                throw translate(s);
            }
            if (cause instanceof DomainException d) {
                throw d;
            }
            if (INSUFFICIENT_PRIVILEGE.equals(e.sqlState())) { // PostgreSQL row-level security or a missing grant
                throw new UseCaseException(Texts.get("pg.refused"), e);
            }
            // the driver's message holds SQL: it goes to the log with the cause, never to the user
            throw new UseCaseException(Texts.get("service.databaseError"), e);
        }
    }

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static UseCaseException translate(StoreException e) {
        return e instanceof ConcurrentChangeException
                ? new StaleDataException(e.getMessage(), e)
                : new UseCaseException(e.getMessage(), e);
    }

    private static String describeConstraint(IntegrityConstraintViolationException e) {
        String message = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        if (message.contains("UQ_TRANSFER_ROUND_NO")) {
            return Texts.get("service.duplicateTransferNumber");
        }
        if (message.contains("UQ_ROUND_ADMINISTRATION_YEAR")) {
            return Texts.get("service.duplicateRound");
        }
        return Texts.get("service.constraint", String.valueOf(e.getMessage()));
    }
}
