package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.Money;
import java.util.Map;

/**
 * Every limit of the data in one place. The text lengths are those of the schema's VARCHAR columns
 * ({@code db/migration}); a test reads the migrations and checks that they agree.
 */
public final class Limits {

    private Limits() {
    }

    public static final int ADMINISTRATION = 500;
    public static final int COMMITTEE = 500;
    public static final int UNDERSPEND_TEXT = 1000;
    public static final int TITLE = 1000;
    /** Background, consequences and recommendation, each. */
    public static final int LONG_TEXT = 1_000_000;
    public static final int PARTY = 500;
    public static final int COMMITMENT_DESCRIPTION = 2000;
    /** A budget note's code (BI2). */
    public static final int NOTE_CODE = 100;

    /** Column (table.column, lower case) → the limit above; what the schema test compares. */
    public static final Map<String, Integer> COLUMNS = Map.of(
            "round.administration", ADMINISTRATION,
            "round.committee", COMMITTEE,
            "underspend_line.description", UNDERSPEND_TEXT,
            "transfer.title", TITLE,
            "transfer.background", LONG_TEXT,
            "transfer.consequences", LONG_TEXT,
            "transfer.recommendation", LONG_TEXT,
            "commitment.party", PARTY,
            "commitment.description", COMMITMENT_DESCRIPTION,
            "budget_note.code", NOTE_CODE);

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    /** The largest amount: what NUMERIC(15,2) holds. */
    public static final Money MAX_AMOUNT = Money.MAX;
    /**
     * The largest total of a round (Σ transfer amounts, Σ commitments, Σ underspend lines counted
     * without sign): the same as one amount, so every figure of the running sum fits and is stored.
     */
    public static final Money MAX_TOTAL = Money.MAX;
}
