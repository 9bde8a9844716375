package dk.overfoersel.domain.check;

/** What the quality check found. The first four are problems, the last a notice. */
public enum ProblemKind {
    /** A Skema 3 transfer whose consequences are not written. */
    MISSING_CONSEQUENCES(true),
    /** The commitments behind a transfer add up to more than its amount. */
    COMMITMENTS_EXCEED_AMOUNT(true),
    /** More is requested than may be transferred. */
    OVER_CEILING(true),
    /** The ceiling (net underspend + early transfers) is below zero. */
    NEGATIVE_CEILING(true),
    /** A text names an amount that matches none of the transfer's figures (not marked as checked). */
    UNMATCHED_AMOUNT(false);

    private final boolean problem;

    ProblemKind(boolean problem) {
        this.problem = problem;
    }

    /** A problem fails {@code bilag --strict}; a notice does not. */
    public boolean isProblem() {
        return problem;
    }
}
