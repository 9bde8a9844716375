package dk.overfoersel;

import java.nio.file.Path;

/**
 * The databases a suite runs on. A suite asks {@code database().url(dir)} for its database (once per
 * test, then reopens that URL); its PostgreSQL subclass overrides {@code database()} to return
 * {@link #POSTGRES}, so the same tests run on both without being copied.
 */
public enum TestDatabase {
    /** An H2 file in the test's temporary directory. */
    H2,
    /** A fresh database on the shared embedded PostgreSQL server ({@link PostgresServer}). */
    POSTGRES;

    public String url(Path dir) {
        return this == H2 ? TestCases.url(dir) : PostgresServer.freshUrl();
    }

    /** An empty database (no schema yet). */
    public String emptyUrl(Path dir) {
        return this == H2 ? TestCases.url(dir) : PostgresServer.emptyUrl();
    }
}
