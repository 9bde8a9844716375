package dk.overfoersel.service;

/** Opens the use cases on a database chosen by a {@code --db} option (null for the default). */
@FunctionalInterface
public interface CaseServiceFactory {
    CaseService open(String dbOption);
}
