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

    /**
     * Opens a PostgreSQL server's database ({@code jdbc:postgresql://…}) as this user with this password
     * (asked in the window each time, never stored).
     */
    default CaseService openServer(String url, String user, String password) {
        return open(url, user);
    }

    /** The JDBC URL the option stands for (for restoring a backup, which needs the database closed). */
    default String url(String dbOption) {
        return DatabaseLocation.resolve(dbOption, System.getenv());
    }
}
