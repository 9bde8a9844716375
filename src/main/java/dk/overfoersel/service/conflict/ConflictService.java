package dk.overfoersel.service.conflict;

import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.service.note.Transaction;
import dk.overfoersel.store.RoundRepository;
import dk.overfoersel.store.TransferRepository;
import dk.overfoersel.store.audit.AuditRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what another user stored over a value the user was editing (a save refused for its version):
 * their value and version, and per differing field who stored it and when (the audit trail). The
 * chosen result is stored by {@code CaseService.resolveTransferConflict} / {@code resolveRoundConflict}.
 */
public final class ConflictService {

    private final Transaction.Reader reader;

    public ConflictService(Transaction.Reader reader) {
        this.reader = reader;
    }

    /**
     * The transfer as stored now against mine ({@code base}: the value mine was made from; null when unknown).
     *
     * @throws UseCaseException when the transfer was deleted meanwhile
     */
    public Conflict<Transfer> transfer(long transferId, Transfer base, Transfer mine) {
        return reader.run(dsl -> {
            TransferRepository transfers = new TransferRepository(dsl);
            Stored<Transfer> theirs = transfers.load(transferId).orElseThrow(
                    () -> new UseCaseException(Texts.get("conflict.transferGone", String.valueOf(mine.number()), mine.title())));
            List<Long> ids = transfers.commitmentRows(transferId).stream().map(Stored::id).toList();
            Map<String, ConflictFields.Author> authors = newest(new AuditRepository(dsl).find(null, null, transferId));
            return ConflictFields.transfer(transferId, theirs.version(), base, mine, theirs.value(), ids,
                    (entity, id, field) -> authors.get(entity + "/" + id + "/" + field));
        });
    }

    /** The round's details and underspend lines as stored now against mine. */
    public Conflict<Round> round(long roundId, Round base, Round mine) {
        return reader.run(dsl -> {
            RoundRepository rounds = new RoundRepository(dsl);
            Stored<Round> theirs = rounds.load(roundId).orElseThrow(
                    () -> new UseCaseException(Texts.get("service.roundNotFound", String.valueOf(roundId))));
            List<Long> ids = rounds.lineRows(roundId).stream().map(Stored::id).toList();
            Map<String, ConflictFields.Author> authors = newest(new AuditRepository(dsl).find(roundId, null, null));
            return ConflictFields.round(roundId, theirs.version(), base, mine, theirs.value(), ids,
                    (entity, id, field) -> authors.get(entity + "/" + id + "/" + field));
        });
    }

    /** The newest entry per entity, row and field (the rows come oldest first). */
    private static Map<String, ConflictFields.Author> newest(List<AuditRepository.Row> rows) {
        Map<String, ConflictFields.Author> out = new HashMap<>();
        for (AuditRepository.Row r : rows) {
            out.put(r.entity() + "/" + r.entityId() + "/" + r.field(), new ConflictFields.Author(r.changedBy(), r.changedAt()));
        }
        return out;
    }
}
