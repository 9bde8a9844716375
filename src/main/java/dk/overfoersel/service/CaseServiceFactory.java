package dk.overfoersel.service;

import dk.overfoersel.store.DatabaseLocation;

/** Opens the use cases on a database chosen by a {@code --db} option (null for the default). */
@FunctionalInterface
public interface CaseServiceFactory {
    CaseService open(String dbOption);

    /**
     * Opens as the user named by a {@code --user} option (null: {@code OVERFOERSEL_DB_USER} or the URL's);
     * only a PostgreSQL server has users.
     */
    default CaseService open(String dbOption, String userOption) {
        return open(dbOption);
    }

    /** The JDBC URL the option stands for (for restoring a backup, which needs the database closed). */
    default String url(String dbOption) {
        return DatabaseLocation.resolve(dbOption, System.getenv());
    }
}
