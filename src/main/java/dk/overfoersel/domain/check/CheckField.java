package dk.overfoersel.domain.check;

/** The field a finding points at, so the window can select it. */
public enum CheckField {
    /** the round's underspend lines (the ceiling) */
    UNDERSPEND,
    /** the transfers' amounts (the requested total) */
    AMOUNT,
    COMMITMENTS,
    BACKGROUND,
    CONSEQUENCES,
    RECOMMENDATION
}
