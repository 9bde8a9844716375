package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import java.util.List;

/** The rules of one transfer. A null value is not checked: the reader has already said it is missing. */
public final class TransferRules {

    public static final int SCHEDULE_BOUND = 2;
    public static final int SCHEDULE_OPTIONAL = 3;

    private TransferRules() {
    }

    public static boolean isValidSchedule(int schedule) {
        return schedule == SCHEDULE_BOUND || schedule == SCHEDULE_OPTIONAL;
    }

    public static List<Violation> check(Integer number, String title, Integer schedule, Money amount, Money early,
                                        String background, String consequences, String recommendation,
                                        List<Commitment> commitments) {
        Violations v = new Violations();
        number(v, number);
        TextRules.check(v, "title", "field.title", title, Limits.TITLE, true, false);
        if (schedule != null && !isValidSchedule(schedule)) {
            v.add("schedule", "rule.schedule", schedule);
        }
        amounts(v, amount, early);
        TextRules.check(v, "background", "field.background", background, Limits.LONG_TEXT, false, true);
        TextRules.check(v, "consequences", "field.consequences", consequences, Limits.LONG_TEXT, false, true);
        TextRules.check(v, "recommendation", "field.recommendation", recommendation, Limits.LONG_TEXT, false, true);
        if (commitments != null) {
            AmountRules.total(v, "commitments", "field.commitmentsTotal", commitments, Commitment::amount);
        }
        return v.list();
    }

    /** A transfer's number: a positive whole number. */
    public static void number(Violations v, Integer number) {
        if (number != null && number <= 0) {
            v.add("number", "rule.number.positive", number);
        }
    }

    /** The amount and its early part: neither negative, the early part not above the amount. */
    public static void amounts(Violations v, Money amount, Money early) {
        AmountRules.nonNegative(v, "amount", amount);
        AmountRules.nonNegative(v, "earlyApproved", early);
        if (amount != null && early != null && !amount.isNegative() && early.greaterThan(amount)) {
            v.add("earlyApproved", "rule.early.aboveAmount", DanishFormat.kroner(early), DanishFormat.kroner(amount));
        }
    }
}
