package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.Transfer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** The rules of a round's transfers together: numbers used once, totals within the limit. */
public final class CaseRules {

    private CaseRules() {
    }

    /** Fields are {@code transfers[i].number} in the order given. */
    public static List<Violation> check(List<Transfer> transfers) {
        return check(transfers, i -> Fields.index("transfers", i));
    }

    /** {@code pathOf} gives the path of the i-th transfer of the list (a reader's place in its file). */
    public static List<Violation> check(List<Transfer> transfers, IntFunction<String> pathOf) {
        Violations v = new Violations();
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < transfers.size(); i++) {
            int number = transfers.get(i).number();
            Integer earlier = first.putIfAbsent(number, i);
            if (earlier != null) {
                v.add(pathOf.apply(i) + ".number", "rule.number.duplicate", number, pathOf.apply(earlier));
            }
        }
        AmountRules.total(v, "transfers", "field.requestedTotal", transfers, Transfer::amount);
        List<Commitment> all = transfers.stream().flatMap(t -> t.commitments().stream()).toList();
        AmountRules.total(v, "transfers", "field.commitmentsRoundTotal", all, Commitment::amount);
        return v.list();
    }

    /**
     * The same limits for totals a database has summed (the window changes one transfer at a time):
     * Σ of the transfers' amounts and Σ of all commitments of the round.
     */
    public static List<Violation> totals(java.math.BigDecimal requested, java.math.BigDecimal commitments) {
        Violations v = new Violations();
        java.math.BigDecimal max = Limits.MAX_TOTAL.kroner();
        if (requested.compareTo(max) > 0) {
            v.add("transfers", "rule.total.tooLarge", TextRules.capitalised(dk.overfoersel.domain.Texts.get("field.requestedTotal")),
                    dk.overfoersel.domain.DanishFormat.kroner(Limits.MAX_TOTAL));
        }
        if (commitments.compareTo(max) > 0) {
            v.add("transfers", "rule.total.tooLarge",
                    TextRules.capitalised(dk.overfoersel.domain.Texts.get("field.commitmentsRoundTotal")),
                    dk.overfoersel.domain.DanishFormat.kroner(Limits.MAX_TOTAL));
        }
        return v.list();
    }
}
