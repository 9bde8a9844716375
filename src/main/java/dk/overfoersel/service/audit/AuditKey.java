package dk.overfoersel.service.audit;

/**
 * What an audit entry is about: the entity (its table's name), its stable id, and where it belongs —
 * the round and, for a transfer or a row under one, the transfer's stable id and its number.
 */
public record AuditKey(String entity, long id, Long roundId, Long transferId, Integer transferNo) {

    public static AuditKey round(long roundId) {
        return new AuditKey(AuditFields.ROUND, roundId, roundId, null, null);
    }

    public static AuditKey transfer(long roundId, long transferId, int transferNo) {
        return new AuditKey(AuditFields.TRANSFER, transferId, roundId, transferId, transferNo);
    }

    /** A row under this one (a commitment of a transfer, a line of a round), in the same round and transfer. */
    public AuditKey child(String childEntity, long childId) {
        return new AuditKey(childEntity, childId, roundId, transferId, transferNo);
    }
}
