package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.UnderspendLine;
import java.util.List;

/** The rules of a round's details and of its underspend lines. */
public final class RoundRules {

    private RoundRules() {
    }

    public static List<Violation> check(String administration, String committee, Integer accountsYear,
                                        Integer budgetYear, java.time.LocalDate earlyDecisionDate,
                                        List<UnderspendLine> lines) {
        Violations v = new Violations();
        TextRules.check(v, "administration", "field.administration", administration, Limits.ADMINISTRATION, true, false);
        TextRules.check(v, "committee", "field.committee", committee, Limits.COMMITTEE, true, false);
        years(v, accountsYear, budgetYear);
        if (earlyDecisionDate != null
                && (earlyDecisionDate.getYear() < Limits.MIN_YEAR || earlyDecisionDate.getYear() > Limits.MAX_YEAR)) {
            v.add("earlyDecisionDate", "rule.date.range", earlyDecisionDate.getYear(), Limits.MIN_YEAR, Limits.MAX_YEAR);
        }
        if (lines != null) {
            AmountRules.total(v, "underspendLines", "field.underspendTotal", lines, UnderspendLine::amount);
        }
        return v.list();
    }

    /** The accounts year within {@link Limits#MIN_YEAR}–{@link Limits#MAX_YEAR}, the budget year after it. */
    public static void years(Violations v, Integer accountsYear, Integer budgetYear) {
        if (accountsYear != null && (accountsYear < Limits.MIN_YEAR || accountsYear > Limits.MAX_YEAR)) {
            v.add("accountsYear", "rule.year.range", accountsYear, Limits.MIN_YEAR, Limits.MAX_YEAR);
        } else if (budgetYear != null && accountsYear != null && budgetYear <= accountsYear) {
            v.add("budgetYear", "rule.year.budget", budgetYear, accountsYear);
        } else if (budgetYear != null && budgetYear > Limits.MAX_YEAR) {
            v.add("budgetYear", "rule.year.range", budgetYear, Limits.MIN_YEAR, Limits.MAX_YEAR);
        }
    }

    public static List<Violation> line(String text, Money amount) {
        Violations v = new Violations();
        TextRules.check(v, "text", "field.underspendText", text, Limits.UNDERSPEND_TEXT, true, false);
        AmountRules.within(v, "amount", amount);
        return v.list();
    }
}
