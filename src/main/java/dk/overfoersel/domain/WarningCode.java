package dk.overfoersel.domain;

public enum WarningCode {
    /** The requested total is above the ceiling (headroom &lt; 0). */
    OVER_CEILING,
    /** A transfer's committed + pending + planned money is above its amount. */
    COMMITMENTS_EXCEED_AMOUNT
}
