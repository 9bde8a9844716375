package dk.overfoersel.service;

import dk.overfoersel.store.DatabaseLocation;

/** Opens the use cases on a database chosen by a {@code --db} option (null for the default). */
@FunctionalInterface
public interface CaseServiceFactory {
    CaseService open(String dbOption);

    /** The JDBC URL the option stands for (for restoring a backup, which needs the database closed). */
    default String url(String dbOption) {
        return DatabaseLocation.resolve(dbOption, System.getenv());
    }
}
