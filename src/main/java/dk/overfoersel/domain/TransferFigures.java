package dk.overfoersel.domain;

/**
 * The money of one transfer as the running sum sees it.
 * committed = Σ signed, pending = Σ in negotiation, planned = Σ planned;
 * uncommitted = max(0, amount − committed − pending).
 */
public record TransferFigures(int number, int schedule, Money amount, Money earlyApproved,
                              Money committed, Money pending, Money planned) {

    public static TransferFigures of(Transfer t) {
        long committed = 0;
        long pending = 0;
        long planned = 0;
        for (Commitment c : t.commitments()) {
            switch (c.status()) {
                case SIGNED -> committed = Math.addExact(committed, c.amount().oere());
                case NEGOTIATING -> pending = Math.addExact(pending, c.amount().oere());
                case PLANNED -> planned = Math.addExact(planned, c.amount().oere());
            }
        }
        return new TransferFigures(t.number(), t.schedule(), t.amount(), t.earlyApproved(),
                Money.ofOere(committed), Money.ofOere(pending), Money.ofOere(planned));
    }

    public Money uncommitted() {
        return amount.minus(committed).minus(pending).atLeastZero();
    }

    /** committed + pending + planned */
    public Money bound() {
        return committed.plus(pending).plus(planned);
    }

    public boolean commitmentsExceedAmount() {
        return bound().greaterThan(amount);
    }

    public boolean isSkema3() {
        return schedule == Transfer.SCHEDULE_OPTIONAL;
    }

    /** What this transfer adds to "Skema 3 at risk". */
    public Money atRisk() {
        return isSkema3() ? uncommitted() : Money.ZERO;
    }
}
