package dk.overfoersel.domain;

import java.util.List;

/** A snapshot of the running sum of one round. */
public record Summary(Money netUnderspend, Money earlyTotal, Money ceiling, Money requestedTotal,
                      Money headroom, Money skema3AtRisk, List<TransferFigures> transfers,
                      List<Warning> warnings) {

    public Summary {
        transfers = List.copyOf(transfers);
        warnings = List.copyOf(warnings);
    }

    public boolean overCeiling() {
        return headroom.isNegative();
    }
}
