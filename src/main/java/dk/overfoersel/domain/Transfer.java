package dk.overfoersel.domain;

import dk.overfoersel.domain.rule.TransferRules;
import dk.overfoersel.domain.rule.Violations;
import java.util.List;
import java.util.Objects;

/**
 * One requested transfer (overførsel): its number within the round, the schedule it is filed
 * on, the amount requested in total (early part included) and the texts the appendix prints.
 * Texts are plain text: a blank line separates paragraphs, lines starting with "- " are bullets.
 * The rules are {@link TransferRules}.
 */
public record Transfer(int number, String title, int schedule, Money amount, Money earlyApproved,
                       String background, String consequences, String recommendation,
                       List<Commitment> commitments) {

    public static final int SCHEDULE_BOUND = TransferRules.SCHEDULE_BOUND;
    public static final int SCHEDULE_OPTIONAL = TransferRules.SCHEDULE_OPTIONAL;

    public Transfer {
        title = title == null ? "" : title.strip();
        background = background == null ? "" : background;
        consequences = consequences == null ? "" : consequences;
        recommendation = recommendation == null ? "" : recommendation;
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(earlyApproved, "earlyApproved");
        commitments = List.copyOf(Objects.requireNonNull(commitments, "commitments"));
        Violations violations = new Violations().addAll(TransferRules.check(number, title, schedule, amount,
                earlyApproved, background, consequences, recommendation, commitments), "");
        violations.throwIfAny(Texts.get("rule.subject.transfer", String.valueOf(number)));
    }

    public static boolean isValidSchedule(int schedule) {
        return TransferRules.isValidSchedule(schedule);
    }

    public boolean isSkema3() {
        return schedule == SCHEDULE_OPTIONAL;
    }

    public TransferFigures figures() {
        return TransferFigures.of(this);
    }

    public Transfer withNumber(int newNumber) {
        return new Transfer(newNumber, title, schedule, amount, earlyApproved, background, consequences, recommendation, commitments);
    }

    public Transfer withAmounts(Money newAmount, Money newEarly) {
        return new Transfer(number, title, schedule, newAmount, newEarly, background, consequences, recommendation, commitments);
    }

    public Transfer withCommitments(List<Commitment> newCommitments) {
        return new Transfer(number, title, schedule, amount, earlyApproved, background, consequences, recommendation, newCommitments);
    }
}
