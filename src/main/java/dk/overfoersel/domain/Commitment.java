package dk.overfoersel.domain;

import java.util.Objects;

/** A contract (signed, in negotiation or planned) behind a transfer. */
public record Commitment(String party, String description, Money amount, CommitmentStatus status) {

    public Commitment {
        party = party == null ? "" : party.strip();
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        if (party.isEmpty()) {
            throw new DomainException(Texts.get("rule.commitment.party"));
        }
        if (!amount.isPositive()) {
            throw new DomainException(Texts.get("rule.commitment.amount"));
        }
    }
}
