package dk.overfoersel.domain;

import dk.overfoersel.domain.rule.CaseRules;
import dk.overfoersel.domain.rule.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The whole transfer case of one round: the round and its transfers, in number order. */
public record TransferCase(Round round, List<Transfer> transfers) {

    public TransferCase {
        Objects.requireNonNull(round, "round");
        List<Transfer> given = List.copyOf(Objects.requireNonNull(transfers, "transfers"));
        new Violations().addAll(CaseRules.check(given), "").throwIfAny(Texts.get("rule.subject.round"));
        List<Transfer> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparingInt(Transfer::number));
        transfers = List.copyOf(sorted);
    }

    public RunningSum runningSum() {
        return RunningSum.of(this);
    }
}
