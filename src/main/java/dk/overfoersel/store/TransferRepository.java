package dk.overfoersel.store;

import static dk.overfoersel.store.jooq.Tables.COMMITMENT;
import static dk.overfoersel.store.jooq.Tables.TRANSFER;
import static dk.overfoersel.store.jooq.Tables.TRANSFER_TEXT;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.store.jooq.tables.records.CommitmentRecord;
import dk.overfoersel.store.jooq.tables.records.TransferRecord;
import dk.overfoersel.store.jooq.tables.records.TransferTextRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Transfers of a round with their commitments. Runs inside the caller's transaction. A transfer's
 * three texts are kept in {@code transfer_text} (one row per transfer, V9), so that reading the
 * transfers' amounts never reads their texts.
 */
public final class TransferRepository {

    private final DSLContext dsl;

    public TransferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All transfers of the round in number order, commitments in their stored order. */
    public List<Stored<Transfer>> list(long roundId) {
        Map<Long, List<Commitment>> commitments = commitmentsOf(roundId);
        Map<Long, List<Stored<Figure>>> figures = new FigureRepository(dsl).listForRound(roundId);
        Map<Long, List<String>> checked = new CheckedAmountRepository(dsl).listForRound(roundId);
        return dsl.select(TRANSFER.fields()).select(TRANSFER_TEXT.fields())
                .from(TRANSFER).leftJoin(TRANSFER_TEXT).on(TRANSFER_TEXT.TRANSFER_ID.eq(TRANSFER.ID))
                .where(TRANSFER.ROUND_ID.eq(roundId))
                .orderBy(TRANSFER.TRANSFER_NO)
                .fetch(row -> {
                    TransferRecord r = row.into(TRANSFER);
                    return new Stored<>(r.getId(), r.getVersion(), toDomain(r, row.into(TRANSFER_TEXT),
                            commitments.getOrDefault(r.getId(), List.of()))
                            .withImages(values(figures.getOrDefault(r.getId(), List.of())))
                            .withCheckedAmounts(checked.getOrDefault(r.getId(), List.of())));
                });
    }

    /**
     * The round's transfers in number order with their amounts and commitments but without their
     * texts (empty): what a sum needs, without reading kilobytes of text per transfer.
     */
    public List<Transfer> listFigures(long roundId) {
        return listWithoutTexts(roundId).stream().map(Stored::value).toList();
    }

    /**
     * The round's transfers in number order with ids, versions, amounts and commitments, their texts
     * empty and without figures or checked amounts: what the window's table and sums need. The
     * narrow rows only (the texts are in {@code transfer_text}); a transfer's whole value is {@link #load}.
     */
    public List<Stored<Transfer>> listWithoutTexts(long roundId) {
        Map<Long, List<Commitment>> commitments = commitmentsOf(roundId);
        return dsl.select(TRANSFER.ID, TRANSFER.VERSION, TRANSFER.TRANSFER_NO, TRANSFER.TITLE, TRANSFER.SCHEDULE,
                        TRANSFER.AMOUNT, TRANSFER.EARLY_APPROVED)
                .from(TRANSFER)
                .where(TRANSFER.ROUND_ID.eq(roundId))
                .orderBy(TRANSFER.TRANSFER_NO)
                .fetch(r -> new Stored<>(r.get(TRANSFER.ID), r.get(TRANSFER.VERSION),
                        new Transfer(r.get(TRANSFER.TRANSFER_NO), r.get(TRANSFER.TITLE), r.get(TRANSFER.SCHEDULE),
                                Money.ofKroner(r.get(TRANSFER.AMOUNT)), Money.ofKroner(r.get(TRANSFER.EARLY_APPROVED)),
                                "", "", "", commitments.getOrDefault(r.get(TRANSFER.ID), List.of()))));
    }

    /** The ids of the round's transfers that lack texts ({@link Transfer#missingTexts()}, stored with each transfer). */
    public java.util.Set<Long> missingTexts(long roundId) {
        return new java.util.HashSet<>(dsl.select(TRANSFER.ID).from(TRANSFER)
                .where(TRANSFER.ROUND_ID.eq(roundId).and(TRANSFER.TEXTS_MISSING.isTrue()))
                .fetch(TRANSFER.ID));
    }

    /** A transfer's three texts, as read one row at a time. */
    public record TextRow(long transferId, String background, String consequences, String recommendation) {
    }

    /**
     * Hands every transfer's texts of the round to {@code row}, one row at a time (the rows are not
     * kept): for searching or checking all texts without holding them.
     */
    public void forEachText(long roundId, java.util.function.Consumer<TextRow> row) {
        try (var cursor = dsl.select(TRANSFER.ID, TRANSFER_TEXT.BACKGROUND, TRANSFER_TEXT.CONSEQUENCES, TRANSFER_TEXT.RECOMMENDATION)
                .from(TRANSFER).join(TRANSFER_TEXT).on(TRANSFER_TEXT.TRANSFER_ID.eq(TRANSFER.ID))
                .where(TRANSFER.ROUND_ID.eq(roundId))
                .fetchSize(200)
                .fetchLazy()) {
            for (var r : cursor) {
                row.accept(new TextRow(r.value1(), r.value2(), r.value3(), r.value4()));
            }
        }
    }

    private Map<Long, List<Commitment>> commitmentsOf(long roundId) {
        Map<Long, List<Commitment>> commitments = new HashMap<>();
        dsl.select(COMMITMENT.fields())
                .from(COMMITMENT).join(TRANSFER).on(TRANSFER.ID.eq(COMMITMENT.TRANSFER_ID))
                .where(TRANSFER.ROUND_ID.eq(roundId))
                .orderBy(COMMITMENT.TRANSFER_ID, COMMITMENT.LINE_NO)
                .fetchInto(COMMITMENT)
                .forEach(c -> commitments.computeIfAbsent(c.getTransferId(), k -> new ArrayList<>()).add(toDomain(c)));
        return commitments;
    }

    /**
     * Inserts many transfers of a round (an import): the transfers in one JDBC batch, then all their
     * commitments in another, instead of two statements per transfer.
     */
    public void insertAll(long roundId, List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return;
        }
        List<TransferRecord> records = new ArrayList<>(transfers.size());
        for (Transfer t : transfers) {
            TransferRecord r = dsl.newRecord(TRANSFER);
            r.setRoundId(roundId);
            copy(t, r);
            records.add(r);
        }
        dsl.batchInsert(records).execute();
        Map<Integer, Long> ids = new HashMap<>();
        dsl.select(TRANSFER.TRANSFER_NO, TRANSFER.ID).from(TRANSFER).where(TRANSFER.ROUND_ID.eq(roundId))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        List<TransferTextRecord> texts = new ArrayList<>(transfers.size());
        for (Transfer t : transfers) {
            texts.add(textRecord(ids.get(t.number()), t));
        }
        dsl.batchInsert(texts).execute();
        List<CommitmentRecord> commitments = new ArrayList<>();
        for (Transfer t : transfers) {
            commitments.addAll(commitmentRecords(ids.get(t.number()), t.commitments()));
        }
        if (!commitments.isEmpty()) {
            dsl.batchInsert(commitments).execute();
        }
        FigureRepository figures = new FigureRepository(dsl);
        CheckedAmountRepository checked = new CheckedAmountRepository(dsl);
        for (Transfer t : transfers) {
            figures.insertAll(ids.get(t.number()), t.images());
            checked.addAll(ids.get(t.number()), t.checkedAmounts());
        }
    }

    public Optional<Stored<Transfer>> load(long transferId) {
        TransferRecord r = dsl.fetchOne(TRANSFER, TRANSFER.ID.eq(transferId));
        if (r == null) {
            return Optional.empty();
        }
        TransferTextRecord text = dsl.fetchOne(TRANSFER_TEXT, TRANSFER_TEXT.TRANSFER_ID.eq(transferId));
        List<Commitment> commitments = dsl.selectFrom(COMMITMENT)
                .where(COMMITMENT.TRANSFER_ID.eq(transferId))
                .orderBy(COMMITMENT.LINE_NO)
                .fetch(TransferRepository::toDomain);
        Transfer t = toDomain(r, text, commitments)
                .withImages(values(new FigureRepository(dsl).list(transferId)))
                .withCheckedAmounts(new CheckedAmountRepository(dsl).list(transferId));
        return Optional.of(new Stored<>(r.getId(), r.getVersion(), t));
    }

    public Optional<Integer> number(long transferId) {
        return dsl.select(TRANSFER.TRANSFER_NO).from(TRANSFER).where(TRANSFER.ID.eq(transferId)).fetchOptional(TRANSFER.TRANSFER_NO);
    }

    /** What the rules limit for a whole round, summed by the database (exact, cannot overflow). */
    public record Totals(java.math.BigDecimal requested, java.math.BigDecimal commitments) {
    }

    public Totals totals(long roundId) {
        java.math.BigDecimal requested = dsl.select(org.jooq.impl.DSL.sum(TRANSFER.AMOUNT)).from(TRANSFER)
                .where(TRANSFER.ROUND_ID.eq(roundId)).fetchOne(0, java.math.BigDecimal.class);
        java.math.BigDecimal commitments = dsl.select(org.jooq.impl.DSL.sum(COMMITMENT.AMOUNT)).from(COMMITMENT)
                .join(TRANSFER).on(COMMITMENT.TRANSFER_ID.eq(TRANSFER.ID))
                .where(TRANSFER.ROUND_ID.eq(roundId)).fetchOne(0, java.math.BigDecimal.class);
        return new Totals(requested == null ? java.math.BigDecimal.ZERO : requested,
                commitments == null ? java.math.BigDecimal.ZERO : commitments);
    }

    public Optional<Long> roundOf(long transferId) {
        return dsl.select(TRANSFER.ROUND_ID).from(TRANSFER).where(TRANSFER.ID.eq(transferId)).fetchOptional(TRANSFER.ROUND_ID);
    }

    public Stored<Transfer> insert(long roundId, Transfer transfer) {
        TransferRecord r = dsl.newRecord(TRANSFER);
        r.setRoundId(roundId);
        copy(transfer, r);
        r.store();
        textRecord(r.getId(), transfer).insert();
        insertCommitments(r.getId(), transfer.commitments());
        new FigureRepository(dsl).insertAll(r.getId(), transfer.images());
        new CheckedAmountRepository(dsl).addAll(r.getId(), transfer.checkedAmounts());
        return new Stored<>(r.getId(), r.getVersion(), transfer);
    }

    /**
     * Writes the transfer if it still has {@code expectedVersion}; returns it with its new version.
     * Its figures and checked amounts are left as stored (they have their own use cases).
     */
    public Stored<Transfer> update(long transferId, int expectedVersion, Transfer t) {
        int updated = dsl.update(TRANSFER)
                .set(TRANSFER.TRANSFER_NO, t.number())
                .set(TRANSFER.TITLE, t.title())
                .set(TRANSFER.SCHEDULE, t.schedule())
                .set(TRANSFER.AMOUNT, t.amount().kroner())
                .set(TRANSFER.EARLY_APPROVED, t.earlyApproved().kroner())
                .set(TRANSFER.TEXTS_MISSING, t.missingTexts())
                .set(TRANSFER.VERSION, TRANSFER.VERSION.plus(1))
                .where(TRANSFER.ID.eq(transferId).and(TRANSFER.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException(Texts.get("db.transferChanged", String.valueOf(t.number())));
        }
        writeTexts(transferId, t);
        syncCommitments(transferId, t.commitments());
        return new Stored<>(transferId, expectedVersion + 1, t);
    }

    /**
     * Inserts a transfer under a given id: undoing its deletion brings it back with the id it had
     * (the identity column takes an explicit value on H2 and PostgreSQL alike).
     */
    public Stored<Transfer> restore(long transferId, long roundId, Transfer transfer) {
        TransferRecord r = dsl.newRecord(TRANSFER);
        r.setId(transferId);
        r.setRoundId(roundId);
        copy(transfer, r);
        r.insert();
        textRecord(transferId, transfer).insert();
        insertCommitments(transferId, transfer.commitments());
        new FigureRepository(dsl).insertAll(transferId, transfer.images());
        new CheckedAmountRepository(dsl).addAll(transferId, transfer.checkedAmounts());
        return new Stored<>(transferId, r.getVersion() == null ? 1 : r.getVersion(), transfer);
    }

    /** The transfer's commitments with their stable ids and versions, in their order. */
    public List<Stored<Commitment>> commitmentRows(long transferId) {
        return dsl.selectFrom(COMMITMENT)
                .where(COMMITMENT.TRANSFER_ID.eq(transferId))
                .orderBy(COMMITMENT.LINE_NO)
                .fetch(c -> new Stored<>(c.getId(), c.getVersion(), toDomain(c)));
    }

    /** The ids of the round's transfers by their number (for the audit of a whole round). */
    public Map<Long, Integer> numbers(long roundId) {
        Map<Long, Integer> numbers = new java.util.LinkedHashMap<>();
        dsl.select(TRANSFER.ID, TRANSFER.TRANSFER_NO).from(TRANSFER).where(TRANSFER.ROUND_ID.eq(roundId))
                .orderBy(TRANSFER.TRANSFER_NO)
                .forEach(r -> numbers.put(r.value1(), r.value2()));
        return numbers;
    }

    /**
     * Writes the commitments over the stored ones keeping ids ({@link ChildRows}): unchanged rows are not
     * touched, changed rows are updated in place (version + 1), new ones inserted, removed ones deleted.
     */
    private void syncCommitments(long transferId, List<Commitment> commitments) {
        List<Stored<Commitment>> stored = commitmentRows(transferId);
        List<Long> ids = ChildRows.match(stored, commitments);
        Map<Long, Stored<Commitment>> byId = new HashMap<>();
        stored.forEach(s -> byId.put(s.id(), s));
        List<Long> removed = stored.stream().map(Stored::id).filter(id -> !ids.contains(id)).toList();
        if (!removed.isEmpty()) {
            dsl.deleteFrom(COMMITMENT).where(COMMITMENT.ID.in(removed)).execute();
        }
        // a kept row that moves is parked on a negative line number first (the numbers are unique)
        Map<Long, Integer> oldLine = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            oldLine.put(stored.get(i).id(), i + 1);
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id != null && oldLine.get(id) != i + 1) {
                dsl.update(COMMITMENT).set(COMMITMENT.LINE_NO, -(i + 1)).where(COMMITMENT.ID.eq(id)).execute();
            }
        }
        List<CommitmentRecord> inserts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            Commitment c = commitments.get(i);
            int line = i + 1;
            if (id == null) {
                inserts.add(newCommitment(transferId, line, c));
                continue;
            }
            boolean moved = oldLine.get(id) != line;
            boolean changed = !byId.get(id).value().equals(c);
            if (changed) {
                dsl.update(COMMITMENT)
                        .set(COMMITMENT.LINE_NO, line)
                        .set(COMMITMENT.PARTY, c.party())
                        .set(COMMITMENT.DESCRIPTION, c.description())
                        .set(COMMITMENT.AMOUNT, c.amount().kroner())
                        .set(COMMITMENT.STATUS, c.status().name())
                        .set(COMMITMENT.VERSION, COMMITMENT.VERSION.plus(1))
                        .where(COMMITMENT.ID.eq(id))
                        .execute();
            } else if (moved) {
                dsl.update(COMMITMENT).set(COMMITMENT.LINE_NO, line).where(COMMITMENT.ID.eq(id)).execute();
            }
        }
        if (!inserts.isEmpty()) {
            dsl.batchInsert(inserts).execute();
        }
    }

    public boolean delete(long transferId) {
        return dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.eq(transferId)).execute() > 0;
    }

    /**
     * Gives the round exactly these transfers, keeping the id of each transfer whose number is already
     * there (updated in place, commitments matched as on a save); others are inserted, the rest deleted.
     */
    public void replaceAll(long roundId, List<Transfer> transfers) {
        Map<Integer, Long> idByNumber = new HashMap<>();
        numbers(roundId).forEach((id, no) -> idByNumber.put(no, id));
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        transfers.forEach(t -> wanted.add(t.number()));
        List<Long> gone = idByNumber.entrySet().stream().filter(e -> !wanted.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (!gone.isEmpty()) {
            dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.in(gone)).execute();
        }
        // the stored transfers read in one go (not two queries per transfer), the new ones inserted in batches
        Map<Long, Stored<Transfer>> stored = new HashMap<>();
        list(roundId).forEach(s -> stored.put(s.id(), s));
        List<Transfer> added = new ArrayList<>();
        for (Transfer t : transfers) {
            Long id = idByNumber.get(t.number());
            if (id == null) {
                added.add(t);
            } else {
                Stored<Transfer> old = stored.get(id);
                if (!old.value().equals(t)) {
                    update(id, old.version(), t);
                    new FigureRepository(dsl).sync(id, t.images());
                    new CheckedAmountRepository(dsl).sync(id, t.checkedAmounts());
                }
            }
        }
        insertAll(roundId, added);
    }

    public void deleteAll(long roundId) {
        dsl.deleteFrom(TRANSFER).where(TRANSFER.ROUND_ID.eq(roundId)).execute();
    }

    private static void copy(Transfer t, TransferRecord r) {
        r.setTransferNo(t.number());
        r.setTitle(t.title());
        r.setSchedule(t.schedule());
        r.setAmount(t.amount().kroner());
        r.setEarlyApproved(t.earlyApproved().kroner());
        r.setTextsMissing(t.missingTexts());
    }

    private TransferTextRecord textRecord(long transferId, Transfer t) {
        TransferTextRecord r = dsl.newRecord(TRANSFER_TEXT);
        r.setTransferId(transferId);
        r.setBackground(t.background());
        r.setConsequences(t.consequences());
        r.setRecommendation(t.recommendation());
        return r;
    }

    /** The texts as the transfer has them (its row is there from V9 on; made if a write finds none). */
    private void writeTexts(long transferId, Transfer t) {
        int updated = dsl.update(TRANSFER_TEXT)
                .set(TRANSFER_TEXT.BACKGROUND, t.background())
                .set(TRANSFER_TEXT.CONSEQUENCES, t.consequences())
                .set(TRANSFER_TEXT.RECOMMENDATION, t.recommendation())
                .where(TRANSFER_TEXT.TRANSFER_ID.eq(transferId))
                .execute();
        if (updated == 0) {
            textRecord(transferId, t).insert();
        }
    }

    private void insertCommitments(long transferId, List<Commitment> commitments) {
        List<CommitmentRecord> records = commitmentRecords(transferId, commitments);
        if (!records.isEmpty()) {
            dsl.batchInsert(records).execute();
        }
    }

    private List<CommitmentRecord> commitmentRecords(long transferId, List<Commitment> commitments) {
        List<CommitmentRecord> records = new ArrayList<>();
        int no = 1;
        for (Commitment c : commitments) {
            records.add(newCommitment(transferId, no++, c));
        }
        return records;
    }

    private CommitmentRecord newCommitment(long transferId, int line, Commitment c) {
        CommitmentRecord r = dsl.newRecord(COMMITMENT);
        r.setTransferId(transferId);
        r.setLineNo(line);
        r.setParty(c.party());
        r.setDescription(c.description());
        r.setAmount(c.amount().kroner());
        r.setStatus(c.status().name());
        return r;
    }

    /** {@code text} may be null (no text row): empty texts. */
    private static Transfer toDomain(TransferRecord r, TransferTextRecord text, List<Commitment> commitments) {
        boolean none = text == null || text.getTransferId() == null;
        return new Transfer(r.getTransferNo(), r.getTitle(), r.getSchedule(), Money.ofKroner(r.getAmount()),
                Money.ofKroner(r.getEarlyApproved()), none ? "" : text.getBackground(), none ? "" : text.getConsequences(),
                none ? "" : text.getRecommendation(), commitments);
    }

    private static List<Figure> values(List<Stored<Figure>> stored) {
        return stored.stream().map(Stored::value).toList();
    }

    private static Commitment toDomain(CommitmentRecord c) {
        return new Commitment(c.getParty(), c.getDescription(), Money.ofKroner(c.getAmount()),
                CommitmentStatus.valueOf(c.getStatus()));
    }
}
