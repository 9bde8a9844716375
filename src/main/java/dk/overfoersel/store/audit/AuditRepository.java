package dk.overfoersel.store.audit;

import static dk.overfoersel.store.jooq.Tables.AUDIT_ENTRY;

import dk.overfoersel.store.jooq.tables.records.AuditEntryRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit trail's rows: written in the caller's transaction, read newest last. */
public final class AuditRepository {

    /** One changed field (or one whole-round event such as an import) as stored. */
    public record Row(long id, OffsetDateTime changedAt, String changedBy, String useCase, String entity, long entityId,
                      Long roundId, Long transferId, Integer transferNo, String field, String oldValue, String newValue) {
    }

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(List<Row> rows) {
        List<AuditEntryRecord> records = new ArrayList<>();
        for (Row row : rows) {
            AuditEntryRecord r = dsl.newRecord(AUDIT_ENTRY);
            r.setChangedAt(row.changedAt());
            r.setChangedBy(row.changedBy());
            r.setUseCase(row.useCase());
            r.setEntity(row.entity());
            r.setEntityId(row.entityId());
            r.setRoundId(row.roundId());
            r.setTransferId(row.transferId());
            r.setTransferNo(row.transferNo());
            r.setField(row.field());
            r.setOldValue(row.oldValue());
            r.setNewValue(row.newValue());
            records.add(r);
        }
        if (!records.isEmpty()) {
            dsl.batchInsert(records).execute();
        }
    }

    /**
     * The entries, oldest first, of a round (null: all), of a transfer number in it (null: all) or of
     * one transfer by its stable id (null: all).
     */
    public List<Row> find(Long roundId, Integer transferNo, Long transferId) {
        Condition where = DSL.noCondition();
        if (roundId != null) {
            where = where.and(AUDIT_ENTRY.ROUND_ID.eq(roundId));
        }
        if (transferNo != null) {
            where = where.and(AUDIT_ENTRY.TRANSFER_NO.eq(transferNo));
        }
        if (transferId != null) {
            where = where.and(AUDIT_ENTRY.TRANSFER_ID.eq(transferId));
        }
        return dsl.selectFrom(AUDIT_ENTRY).where(where).orderBy(AUDIT_ENTRY.ID)
                .fetch(r -> new Row(r.getId(), r.getChangedAt(), r.getChangedBy(), r.getUseCase(), r.getEntity(),
                        r.getEntityId(), r.getRoundId(), r.getTransferId(), r.getTransferNo(), r.getField(),
                        r.getOldValue(), r.getNewValue()));
    }

    /** The database's user name for the session (H2: the URL's user; PostgreSQL: the login role). */
    public String currentUser() {
        return dsl.select(DSL.currentUser()).fetchOne(0, String.class);
    }
}
