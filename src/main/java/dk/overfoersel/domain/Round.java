package dk.overfoersel.domain;

import dk.overfoersel.domain.rule.Limits;
import dk.overfoersel.domain.rule.RoundRules;
import dk.overfoersel.domain.rule.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One accounting year's transfer case for an administration: who asks, for which years,
 * when the early transfer was decided, and what the underspend was made of.
 */
public record Round(String administration, String committee, int accountsYear, int budgetYear,
                    LocalDate earlyDecisionDate, List<UnderspendLine> underspendLines) {

    public static final int MIN_YEAR = Limits.MIN_YEAR;
    public static final int MAX_YEAR = Limits.MAX_YEAR;

    public Round {
        administration = administration == null ? "" : administration.strip();
        committee = committee == null ? "" : committee.strip();
        underspendLines = List.copyOf(Objects.requireNonNull(underspendLines, "underspendLines"));
        new Violations().addAll(RoundRules.check(administration, committee, accountsYear, budgetYear,
                        earlyDecisionDate, underspendLines), "")
                .throwIfAny(Texts.get("rule.subject.round"));
    }

    /** A round whose budget year is the year after the accounts year. */
    public static Round of(String administration, String committee, int accountsYear,
                           LocalDate earlyDecisionDate, List<UnderspendLine> underspendLines) {
        return new Round(administration, committee, accountsYear, accountsYear + 1, earlyDecisionDate, underspendLines);
    }

    public Money netUnderspend() {
        return Money.sum(underspendLines, UnderspendLine::amount);
    }

    public Round withUnderspendLines(List<UnderspendLine> lines) {
        return new Round(administration, committee, accountsYear, budgetYear, earlyDecisionDate, lines);
    }
}
