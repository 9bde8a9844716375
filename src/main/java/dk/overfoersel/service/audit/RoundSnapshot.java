package dk.overfoersel.service.audit;

import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.store.RoundRepository;
import java.util.List;

/** A round's details and underspend lines (with their stable ids) as stored, to audit a change. */
public record RoundSnapshot(Stored<Round> round, List<Stored<UnderspendLine>> lines) {

    public static RoundSnapshot read(RoundRepository rounds, long roundId) {
        return rounds.load(roundId).map(r -> new RoundSnapshot(r, rounds.lineRows(roundId))).orElse(null);
    }

    public static void record(Audit audit, RoundSnapshot before, RoundSnapshot after) {
        AuditKey key = AuditKey.round(after.round().id());
        audit.changes(key, before == null ? null : AuditFields.round(before.round().value()),
                AuditFields.round(after.round().value()));
        audit.children(key, AuditFields.UNDERSPEND_LINE, before == null ? List.of() : before.lines(), after.lines(),
                AuditFields::underspendLine);
    }
}
