package dk.overfoersel.domain;

import java.util.List;
import java.util.Objects;

/**
 * One requested transfer (overførsel): its number within the round, the schedule it is filed
 * on, the amount requested in total (early part included) and the texts the appendix prints.
 * Texts are plain text: a blank line separates paragraphs, lines starting with "- " are bullets.
 */
public record Transfer(int number, String title, int schedule, Money amount, Money earlyApproved,
                       String background, String consequences, String recommendation,
                       List<Commitment> commitments) {

    public static final int SCHEDULE_BOUND = 2;
    public static final int SCHEDULE_OPTIONAL = 3;

    public Transfer {
        title = title == null ? "" : title.strip();
        background = background == null ? "" : background;
        consequences = consequences == null ? "" : consequences;
        recommendation = recommendation == null ? "" : recommendation;
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(earlyApproved, "earlyApproved");
        commitments = List.copyOf(Objects.requireNonNull(commitments, "commitments"));
        if (number <= 0) {
            throw new DomainException(Texts.get("rule.transfer.number", String.valueOf(number)));
        }
        if (title.isEmpty()) {
            throw new DomainException(Texts.get("rule.transfer.title", String.valueOf(number)));
        }
        if (!isValidSchedule(schedule)) {
            throw new DomainException(Texts.get("rule.transfer.schedule", String.valueOf(number), String.valueOf(schedule)));
        }
        if (amount.isNegative()) {
            throw new DomainException(Texts.get("rule.transfer.amount", String.valueOf(number)));
        }
        if (earlyApproved.isNegative() || earlyApproved.greaterThan(amount)) {
            throw new DomainException(Texts.get("rule.transfer.early", String.valueOf(number),
                    DanishFormat.kroner(earlyApproved), DanishFormat.kroner(amount)));
        }
    }

    public static boolean isValidSchedule(int schedule) {
        return schedule == SCHEDULE_BOUND || schedule == SCHEDULE_OPTIONAL;
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
