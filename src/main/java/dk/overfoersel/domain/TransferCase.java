package dk.overfoersel.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The whole transfer case of one round: the round and its transfers, in number order. */
public record TransferCase(Round round, List<Transfer> transfers) {

    public TransferCase {
        Objects.requireNonNull(round, "round");
        List<Transfer> sorted = new ArrayList<>(Objects.requireNonNull(transfers, "transfers"));
        sorted.sort(Comparator.comparingInt(Transfer::number));
        Set<Integer> seen = new HashSet<>();
        for (Transfer t : sorted) {
            if (!seen.add(t.number())) {
                throw new DomainException(Texts.get("rule.transfer.duplicate", String.valueOf(t.number())));
            }
        }
        transfers = List.copyOf(sorted);
    }

    public RunningSum runningSum() {
        return RunningSum.of(this);
    }
}
