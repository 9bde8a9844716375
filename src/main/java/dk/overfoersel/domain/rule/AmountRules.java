package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import java.util.Collection;
import java.util.function.Function;

/** The rules of amounts and of totals: within NUMERIC(15,2), not negative where that makes no sense. */
public final class AmountRules {

    private AmountRules() {
    }

    /** An amount that may be negative (an underspend line): only its size is checked. */
    public static void within(Violations v, String field, Money amount) {
        if (amount != null && amount.abs().greaterThan(Limits.MAX_AMOUNT)) {
            v.add(field, "rule.amount.tooLarge", DanishFormat.kroner(amount), DanishFormat.kroner(Limits.MAX_AMOUNT));
        }
    }

    /** An amount that must be 0 or more. */
    public static void nonNegative(Violations v, String field, Money amount) {
        if (amount != null && amount.isNegative()) {
            v.add(field, "rule.amount.negative", DanishFormat.kroner(amount));
        } else {
            within(v, field, amount);
        }
    }

    /**
     * A total of many amounts (without sign) must stay within {@link Limits#MAX_TOTAL}: then no sum the
     * running sum, the summary or the bilag computes from them can overflow. Never overflows itself:
     * it stops as soon as the total is too large, and each amount is at most {@link Limits#MAX_AMOUNT}.
     */
    public static <T> void total(Violations v, String field, String labelKey, Collection<T> items,
                                 Function<T, Money> amount) {
        long total = 0;
        for (T item : items) {
            Money m = amount.apply(item);
            if (m == null || m.abs().greaterThan(Limits.MAX_AMOUNT)) {
                continue; // refused on its own
            }
            total += m.abs().oere();
            if (total > Limits.MAX_TOTAL.oere()) {
                v.add(field, "rule.total.tooLarge", TextRules.capitalised(dk.overfoersel.domain.Texts.get(labelKey)),
                        DanishFormat.kroner(Limits.MAX_TOTAL));
                return;
            }
        }
    }
}
