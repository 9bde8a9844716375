package dk.overfoersel.domain;

/** How far the contract behind a commitment has come. */
public enum CommitmentStatus {
    /** Underskrevet: the contract is signed; the money is committed. */
    SIGNED,
    /** Under forhandling: the contract is being negotiated; the money is pending. */
    NEGOTIATING,
    /** Planlagt: planned, not yet negotiated; the money is still uncommitted. */
    PLANNED;

    /** The Danish label: Underskrevet / Under forhandling / Planlagt. */
    public String label() {
        return Texts.get("status." + name());
    }
}
