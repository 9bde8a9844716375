package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import java.util.List;

/** The rules of a commitment (a contract behind a transfer). */
public final class CommitmentRules {

    private CommitmentRules() {
    }

    public static List<Violation> check(String party, String description, Money amount, CommitmentStatus status,
                                        boolean statusGiven) {
        Violations v = new Violations();
        TextRules.check(v, "party", "field.party", party, Limits.PARTY, true, false);
        TextRules.check(v, "description", "field.description", description, Limits.COMMITMENT_DESCRIPTION, false, false);
        amount(v, amount);
        if (statusGiven && status == null) {
            v.add("status", "rule.commitment.status");
        }
        return v.list();
    }

    /** More than 0, within the largest amount. */
    public static void amount(Violations v, Money amount) {
        if (amount != null && !amount.isPositive()) {
            v.add("amount", "rule.commitment.positive");
        } else {
            AmountRules.within(v, "amount", amount);
        }
    }
}
