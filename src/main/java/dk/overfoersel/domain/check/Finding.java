package dk.overfoersel.domain.check;

/**
 * One thing the quality check found.
 *
 * @param kind     what it is
 * @param transfer the transfer's number, or {@code null} for the whole round
 * @param field    where to look
 * @param amount   for {@link ProblemKind#UNMATCHED_AMOUNT}: the amount's canonical form (to mark it checked); else ""
 * @param message  the Danish sentence the user reads
 */
public record Finding(ProblemKind kind, Integer transfer, CheckField field, String amount, String message) {

    public boolean isProblem() {
        return kind.isProblem();
    }
}
