package dk.overfoersel.service;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The use cases on transfer cases. Every method is one transaction: when it throws, the
 * database is exactly as before. All writes go through {@link #write} — the one place where
 * changes are written (the seam for an audit trail and backups later).
 */
public final class CaseService implements AutoCloseable {

    private final Database database;

    public CaseService(Database database) {
        this.database = database;
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
            Stored<Round> round = new RoundRepository(dsl).load(roundId)
                    .orElseThrow(() -> new UseCaseException(Texts.get("service.roundNotFound", String.valueOf(roundId))));
            return new OpenCase(round, new TransferRepository(dsl).list(roundId));
        });
    }

    public TransferCase load(long roundId) {
        return open(roundId).toCase();
    }

    public Summary summary(long roundId) {
        return load(roundId).runningSum().summary();
    }

    // ---- writing -------------------------------------------------------------------------

    /**
     * Stores a whole case. A round with the same administration and accounts year is an error,
     * unless {@code replace}: then that round keeps its id and gets the new content.
     *
     * @return the round's id
     */
    public long importCase(TransferCase transferCase, boolean replace) {
        return importCase(transferCase, replace, false).roundId();
    }

    /**
     * As {@link #importCase(TransferCase, boolean)}, for a file that cannot hold figures (XLSX): when
     * it replaces a round, each transfer keeps the figures and checked amounts stored under its number.
     */
    public ImportResult importCaseKeepingFigures(TransferCase transferCase, boolean replace) {
        return importCase(transferCase, replace, true);
    }

    private ImportResult importCase(TransferCase transferCase, boolean replace, boolean keepFigures) {
        return write(dsl -> {
            RoundRepository rounds = new RoundRepository(dsl);
            TransferRepository transfers = new TransferRepository(dsl);
            Round round = transferCase.round();
            Map<Integer, Transfer> kept = new HashMap<>();
            var existing = rounds.findId(round.administration(), round.accountsYear());
            long id;
            if (existing.isPresent()) {
                if (!replace) {
                    throw new UseCaseException(Texts.get("service.roundExists", round.administration(),
                            String.valueOf(round.accountsYear()), String.valueOf(existing.get())));
                }
                id = existing.get();
                int version = rounds.load(id).orElseThrow().version();
                if (keepFigures) {
                    for (Stored<Transfer> old : transfers.list(id)) {
                        kept.put(old.value().number(), old.value());
                    }
                }
                transfers.deleteAll(id);
                rounds.update(id, version, round);
            } else {
                id = rounds.insert(round);
            }
            int figuresKept = 0;
            List<Integer> figuresDropped = new java.util.ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            for (Transfer t : transferCase.transfers()) {
                numbers.add(t.number());
                Transfer before = kept.get(t.number());
                if (before != null) {
                    t = t.withImages(before.images()).withCheckedAmounts(before.checkedAmounts());
                    figuresKept += before.images().size();
                }
                transfers.insert(id, t);
            }
            for (Transfer before : kept.values()) {
                if (!numbers.contains(before.number()) && !before.images().isEmpty()) {
                    figuresDropped.add(before.number());
                }
            }
            figuresDropped.sort(null);
            return new ImportResult(id, figuresKept, figuresDropped);
        });
    }

    /** Creates an empty round (no transfers). */
    public long createRound(Round round) {
        return importCase(new TransferCase(round, List.of()), false);
    }

    /** Changes the round's details and underspend lines; returns the new version. */
    public int updateRound(long roundId, int expectedVersion, Round round) {
        return write(dsl -> new RoundRepository(dsl).update(roundId, expectedVersion, round));
    }

    public boolean deleteRound(long roundId) {
        return write(dsl -> new RoundRepository(dsl).delete(roundId));
    }

    public Stored<Transfer> addTransfer(long roundId, Transfer transfer) {
        return write(dsl -> {
            if (!new RoundRepository(dsl).exists(roundId)) {
                throw new UseCaseException(Texts.get("service.roundNotFound", String.valueOf(roundId)));
            }
            return new TransferRepository(dsl).insert(roundId, transfer);
        });
    }

    public Stored<Transfer> updateTransfer(long transferId, int expectedVersion, Transfer transfer) {
        return write(dsl -> new TransferRepository(dsl).update(transferId, expectedVersion, transfer));
    }

    public boolean deleteTransfer(long transferId) {
        return write(dsl -> new TransferRepository(dsl).delete(transferId));
    }

    // ---- figures and checked amounts (each its own use case; a transfer's update leaves them) ----

    /** The transfer's figures in order, with their stable ids. */
    public List<Stored<Figure>> figures(long transferId) {
        return read(dsl -> new FigureRepository(dsl).list(transferId));
    }

    /** Adds a figure after the transfer's others; its name must be new in the transfer. */
    public Stored<Figure> addFigure(long transferId, Figure figure) {
        return write(dsl -> {
            int number = transferNumber(dsl, transferId);
            FigureRepository figures = new FigureRepository(dsl);
            if (figures.list(transferId).stream().anyMatch(f -> f.value().name().equals(figure.name()))) {
                throw new UseCaseException(Texts.get("figure.service.nameTaken", String.valueOf(number), figure.name()));
            }
            return figures.insert(transferId, figure);
        });
    }

    /** Replaces a figure's image and/or texts; it keeps its id and place. */
    public Stored<Figure> replaceFigure(long figureId, Figure figure) {
        return write(dsl -> {
            FigureRepository figures = new FigureRepository(dsl);
            long transferId = figures.transferOf(figureId).orElseThrow(this::figureGone);
            if (figures.list(transferId).stream().anyMatch(f -> f.id() != figureId && f.value().name().equals(figure.name()))) {
                throw new UseCaseException(Texts.get("figure.service.nameTaken",
                        String.valueOf(transferNumber(dsl, transferId)), figure.name()));
            }
            figures.update(figureId, figure);
            return new Stored<>(figureId, 1, figure);
        });
    }

    public boolean removeFigure(long figureId) {
        return write(dsl -> new FigureRepository(dsl).delete(figureId));
    }

    /** Puts the transfer's figures in the order of these ids (each of its figures exactly once). */
    public List<Stored<Figure>> reorderFigures(long transferId, List<Long> figureIds) {
        return write(dsl -> {
            FigureRepository figures = new FigureRepository(dsl);
            Set<Long> stored = new HashSet<>();
            figures.list(transferId).forEach(f -> stored.add(f.id()));
            if (figureIds.size() != stored.size() || !stored.equals(new HashSet<>(figureIds))) {
                throw new UseCaseException(Texts.get("figure.service.badOrder", String.valueOf(transferNumber(dsl, transferId))));
            }
            figures.reorder(transferId, figureIds);
            return figures.list(transferId);
        });
    }

    /**
     * Marks an amount written in the transfer's texts as checked (the quality check stops reporting it);
     * returns the transfer's checked amounts. The amount is stored in its canonical form.
     */
    public List<String> markAmountChecked(long transferId, String amount) {
        return write(dsl -> {
            int number = transferNumber(dsl, transferId);
            String key = DanishAmounts.canonical(amount).orElseThrow(() -> new UseCaseException(
                    Texts.get("figure.rule.checkedAmount", String.valueOf(number), String.valueOf(amount))));
            CheckedAmountRepository checked = new CheckedAmountRepository(dsl);
            checked.add(transferId, key);
            return checked.list(transferId);
        });
    }

    /** Takes an amount off the transfer's checked list; returns the list. */
    public List<String> unmarkAmountChecked(long transferId, String amount) {
        return write(dsl -> {
            transferNumber(dsl, transferId);
            CheckedAmountRepository checked = new CheckedAmountRepository(dsl);
            DanishAmounts.canonical(amount).ifPresent(key -> checked.remove(transferId, key));
            return checked.list(transferId);
        });
    }

    /** The quality check of the round as stored. */
    public List<Finding> qualityCheck(long roundId) {
        return QualityCheck.of(load(roundId));
    }

    private int transferNumber(DSLContext dsl, long transferId) {
        return new TransferRepository(dsl).number(transferId)
                .orElseThrow(() -> new UseCaseException(Texts.get("figure.service.transferGone", String.valueOf(transferId))));
    }

    private UseCaseException figureGone() {
        return new UseCaseException(Texts.get("figure.service.figureGone"));
    }

    /** Forces committed work onto the disk; call after a save that matters. */
    public void flush() {
        database.checkpoint();
    }

    @Override
    public void close() {
        database.close();
    }

    // ---- the one place where transactions are run ------------------------------------------

    private <T> T read(Function<DSLContext, T> work) {
        return inTransaction(work);
    }

    /** Every change passes here: the place for the audit trail and backups to come. */
    private <T> T write(Function<DSLContext, T> work) {
        return inTransaction(work);
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
            throw new UseCaseException(Texts.get("service.databaseError", String.valueOf(e.getMessage())), e);
        }
    }

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
