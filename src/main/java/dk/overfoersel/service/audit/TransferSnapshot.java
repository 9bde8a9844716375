package dk.overfoersel.service.audit;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.store.TransferRepository;
import java.util.List;

/** A transfer and its commitments (with their stable ids) as stored, to audit a change by comparing two. */
public record TransferSnapshot(long roundId, Stored<Transfer> transfer, List<Stored<Commitment>> commitments) {

    /** The transfer as stored now, or null when there is none with this id. */
    public static TransferSnapshot read(TransferRepository transfers, long transferId) {
        var stored = transfers.load(transferId);
        if (stored.isEmpty()) {
            return null;
        }
        long roundId = transfers.roundOf(transferId).orElseThrow();
        return new TransferSnapshot(roundId, stored.get(), transfers.commitmentRows(transferId));
    }

    /** Records what differs between two snapshots of one transfer (null before: added; null after: deleted). */
    public static void record(Audit audit, TransferSnapshot before, TransferSnapshot after) {
        TransferSnapshot any = after != null ? after : before;
        if (any == null) {
            return;
        }
        AuditKey key = AuditKey.transfer(any.roundId(), any.transfer().id(), any.transfer().value().number());
        audit.changes(key, before == null ? null : AuditFields.transfer(before.transfer().value()),
                after == null ? null : AuditFields.transfer(after.transfer().value()));
        audit.children(key, AuditFields.COMMITMENT, before == null ? List.of() : before.commitments(),
                after == null ? List.of() : after.commitments(), AuditFields::commitment);
    }
}
