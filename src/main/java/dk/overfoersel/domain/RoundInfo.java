package dk.overfoersel.domain;

/** A stored round as a list shows it. */
public record RoundInfo(long id, String administration, String committee, int accountsYear, int budgetYear,
                        int transferCount) {
}
