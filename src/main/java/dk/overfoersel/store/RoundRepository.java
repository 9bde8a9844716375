package dk.overfoersel.store;

import static dk.overfoersel.store.jooq.Tables.ROUND;
import static dk.overfoersel.store.jooq.Tables.TRANSFER;
import static dk.overfoersel.store.jooq.Tables.UNDERSPEND_LINE;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.store.jooq.tables.records.RoundRecord;
import dk.overfoersel.store.jooq.tables.records.UnderspendLineRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Rounds and their underspend lines. Runs inside the caller's transaction. */
public final class RoundRepository {

    private final DSLContext dsl;

    public RoundRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RoundInfo> list() {
        var count = DSL.count(TRANSFER.ID).as("transfers");
        return dsl.select(ROUND.ID, ROUND.ADMINISTRATION, ROUND.COMMITTEE, ROUND.ACCOUNTS_YEAR, ROUND.BUDGET_YEAR, count)
                .from(ROUND)
                .leftJoin(TRANSFER).on(TRANSFER.ROUND_ID.eq(ROUND.ID))
                .groupBy(ROUND.ID, ROUND.ADMINISTRATION, ROUND.COMMITTEE, ROUND.ACCOUNTS_YEAR, ROUND.BUDGET_YEAR)
                .orderBy(ROUND.ACCOUNTS_YEAR.desc(), ROUND.ADMINISTRATION, ROUND.ID)
                .fetch(r -> new RoundInfo(r.get(ROUND.ID), r.get(ROUND.ADMINISTRATION), r.get(ROUND.COMMITTEE),
                        r.get(ROUND.ACCOUNTS_YEAR), r.get(ROUND.BUDGET_YEAR), r.get(count)));
    }

    public Optional<Long> findId(String administration, int accountsYear) {
        return dsl.select(ROUND.ID).from(ROUND)
                .where(ROUND.ADMINISTRATION.eq(administration).and(ROUND.ACCOUNTS_YEAR.eq(accountsYear)))
                .fetchOptional(ROUND.ID);
    }

    public boolean exists(long id) {
        return dsl.fetchExists(ROUND, ROUND.ID.eq(id));
    }

    public long insert(Round round) {
        RoundRecord record = dsl.newRecord(ROUND);
        copy(round, record);
        record.store();
        insertLines(record.getId(), round.underspendLines());
        return record.getId();
    }

    /** Replaces the round's fields and lines; bumps its version if it still is {@code expectedVersion}. */
    public int update(long id, int expectedVersion, Round round) {
        int updated = dsl.update(ROUND)
                .set(ROUND.ADMINISTRATION, round.administration())
                .set(ROUND.COMMITTEE, round.committee())
                .set(ROUND.ACCOUNTS_YEAR, round.accountsYear())
                .set(ROUND.BUDGET_YEAR, round.budgetYear())
                .set(ROUND.EARLY_DECISION_DATE, round.earlyDecisionDate())
                .set(ROUND.VERSION, ROUND.VERSION.plus(1))
                .where(ROUND.ID.eq(id).and(ROUND.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException(Texts.get("db.roundChanged", String.valueOf(id)));
        }
        syncLines(id, round.underspendLines());
        return expectedVersion + 1;
    }

    /** The round's underspend lines with their stable ids and versions, in their order. */
    public List<Stored<UnderspendLine>> lineRows(long roundId) {
        return dsl.selectFrom(UNDERSPEND_LINE)
                .where(UNDERSPEND_LINE.ROUND_ID.eq(roundId))
                .orderBy(UNDERSPEND_LINE.LINE_NO)
                .fetch(r -> new Stored<>(r.getId(), r.getVersion(), toDomain(r)));
    }

    /** As the commitments of a transfer: ids kept, changed rows updated in place ({@link ChildRows}). */
    private void syncLines(long roundId, List<UnderspendLine> lines) {
        List<Stored<UnderspendLine>> stored = lineRows(roundId);
        List<Long> ids = ChildRows.match(stored, lines);
        Map<Long, Integer> oldLine = new HashMap<>();
        Map<Long, UnderspendLine> oldValue = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            oldLine.put(stored.get(i).id(), i + 1);
            oldValue.put(stored.get(i).id(), stored.get(i).value());
        }
        List<Long> removed = stored.stream().map(Stored::id).filter(id -> !ids.contains(id)).toList();
        if (!removed.isEmpty()) {
            dsl.deleteFrom(UNDERSPEND_LINE).where(UNDERSPEND_LINE.ID.in(removed)).execute();
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id != null && oldLine.get(id) != i + 1) {
                dsl.update(UNDERSPEND_LINE).set(UNDERSPEND_LINE.LINE_NO, -(i + 1)).where(UNDERSPEND_LINE.ID.eq(id)).execute();
            }
        }
        List<UnderspendLineRecord> inserts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            UnderspendLine line = lines.get(i);
            int no = i + 1;
            if (id == null) {
                inserts.add(newLine(roundId, no, line));
            } else if (!oldValue.get(id).equals(line)) {
                dsl.update(UNDERSPEND_LINE)
                        .set(UNDERSPEND_LINE.LINE_NO, no)
                        .set(UNDERSPEND_LINE.DESCRIPTION, line.text())
                        .set(UNDERSPEND_LINE.AMOUNT, line.amount().kroner())
                        .set(UNDERSPEND_LINE.VERSION, UNDERSPEND_LINE.VERSION.plus(1))
                        .where(UNDERSPEND_LINE.ID.eq(id))
                        .execute();
            } else if (oldLine.get(id) != no) {
                dsl.update(UNDERSPEND_LINE).set(UNDERSPEND_LINE.LINE_NO, no).where(UNDERSPEND_LINE.ID.eq(id)).execute();
            }
        }
        if (!inserts.isEmpty()) {
            dsl.batchInsert(inserts).execute();
        }
    }

    private static UnderspendLine toDomain(UnderspendLineRecord r) {
        return new UnderspendLine(r.getDescription(), Money.ofKroner(r.getAmount()));
    }

    public Optional<Stored<Round>> load(long id) {
        RoundRecord record = dsl.fetchOne(ROUND, ROUND.ID.eq(id));
        if (record == null) {
            return Optional.empty();
        }
        List<UnderspendLine> lines = dsl.selectFrom(UNDERSPEND_LINE)
                .where(UNDERSPEND_LINE.ROUND_ID.eq(id))
                .orderBy(UNDERSPEND_LINE.LINE_NO)
                .fetch(RoundRepository::toDomain);
        Round round = new Round(record.getAdministration(), record.getCommittee(), record.getAccountsYear(),
                record.getBudgetYear(), record.getEarlyDecisionDate(), lines);
        return Optional.of(new Stored<>(id, record.getVersion(), round));
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(ROUND).where(ROUND.ID.eq(id)).execute() > 0;
    }

    private static void copy(Round round, RoundRecord record) {
        record.setAdministration(round.administration());
        record.setCommittee(round.committee());
        record.setAccountsYear(round.accountsYear());
        record.setBudgetYear(round.budgetYear());
        record.setEarlyDecisionDate(round.earlyDecisionDate());
    }

    private void insertLines(long roundId, List<UnderspendLine> lines) {
        List<UnderspendLineRecord> records = new ArrayList<>();
        int no = 1;
        for (UnderspendLine line : lines) {
            records.add(newLine(roundId, no++, line));
        }
        if (!records.isEmpty()) {
            dsl.batchInsert(records).execute();
        }
    }

    private UnderspendLineRecord newLine(long roundId, int no, UnderspendLine line) {
        UnderspendLineRecord r = dsl.newRecord(UNDERSPEND_LINE);
        r.setRoundId(roundId);
        r.setLineNo(no);
        r.setDescription(line.text());
        r.setAmount(line.amount().kroner());
        return r;
    }
}
