package dk.overfoersel.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One accounting year's transfer case for an administration: who asks, for which years,
 * when the early transfer was decided, and what the underspend was made of.
 */
public record Round(String administration, String committee, int accountsYear, int budgetYear,
                    LocalDate earlyDecisionDate, List<UnderspendLine> underspendLines) {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    public Round {
        administration = administration == null ? "" : administration.strip();
        committee = committee == null ? "" : committee.strip();
        underspendLines = List.copyOf(Objects.requireNonNull(underspendLines, "underspendLines"));
        if (administration.isEmpty()) {
            throw new DomainException(Texts.get("rule.round.administration"));
        }
        if (committee.isEmpty()) {
            throw new DomainException(Texts.get("rule.round.committee"));
        }
        if (accountsYear < MIN_YEAR || accountsYear > MAX_YEAR) {
            throw new DomainException(Texts.get("rule.round.accountsYear", String.valueOf(accountsYear)));
        }
        if (budgetYear <= accountsYear) {
            throw new DomainException(Texts.get("rule.round.budgetYear",
                    String.valueOf(budgetYear), String.valueOf(accountsYear)));
        }
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
