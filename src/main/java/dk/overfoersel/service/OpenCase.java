package dk.overfoersel.service;

import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import java.util.List;

/** A round as an editor holds it: with ids and versions for writing back. */
public record OpenCase(Stored<Round> round, List<Stored<Transfer>> transfers) {

    public OpenCase {
        transfers = List.copyOf(transfers);
    }

    public long roundId() {
        return round.id();
    }

    public TransferCase toCase() {
        return new TransferCase(round.value(), transfers.stream().map(Stored::value).toList());
    }
}
