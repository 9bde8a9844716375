package dk.overfoersel.service.audit;

import java.time.OffsetDateTime;

/** One entry of the audit trail as the history shows it: one changed field (or one import). */
public record HistoryEntry(long id, OffsetDateTime time, String user, String useCase, String entity, long entityId,
                           Long roundId, Long transferId, Integer transferNo, String field, String oldValue,
                           String newValue) {

    /** The field's Danish label ("Titel", "Aftale: beløb", "Import"). */
    public String fieldLabel() {
        return AuditFields.label(entity, field);
    }

    /** True when "restore this value" can apply {@link #oldValue()} to the transfer through the normal edit. */
    public boolean restorable() {
        return (AuditFields.TRANSFER.equals(entity) || AuditFields.COMMITMENT.equals(entity))
                && oldValue != null && newValue != null;
    }
}
