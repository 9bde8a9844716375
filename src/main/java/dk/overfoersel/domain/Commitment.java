package dk.overfoersel.domain;

import dk.overfoersel.domain.rule.CommitmentRules;
import dk.overfoersel.domain.rule.Violations;
import java.util.Objects;

/** A contract (signed, in negotiation or planned) behind a transfer. The rules are {@link CommitmentRules}. */
public record Commitment(String party, String description, Money amount, CommitmentStatus status) {

    public Commitment {
        party = party == null ? "" : party.strip();
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(amount, "amount");
        new Violations().addAll(CommitmentRules.check(party, description, amount, status, true), "")
                .throwIfAny(() -> Texts.get("rule.subject.commitment"));
    }
}
