package dk.overfoersel.store;

import dk.overfoersel.domain.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open database: migrated by Flyway on open, reached through one jOOQ {@link DSLContext} over one
 * HikariCP pool. The dialect is chosen once, from the URL ({@link Dialects}): an embedded H2 file or a
 * PostgreSQL server ({@code jdbc:postgresql://host:port/db}). Names are rendered unquoted, so jOOQ's
 * upper-case names meet H2's upper-case and PostgreSQL's lower-case tables alike (decision 0320).
 */
public final class Database implements AutoCloseable {

    private static final int H2_DATABASE_IN_USE = 90020;
    /** PostgreSQL-only migrations (row-level security), after the portable ones in {@code db/migration}. */
    static final String POSTGRESQL_LOCATION = "db/vendor/postgresql";

    private final String url;
    private final SQLDialect dialect;
    private final HikariDataSource pool;
    private final DSLContext dsl;

    private Database(String url, SQLDialect dialect, HikariDataSource pool) {
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteWithOptimisticLocking(true)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, dialect, settings);
    }

    /**
     * Opens (creating if need be) and migrates the database at this JDBC URL; on PostgreSQL as the user
     * named by {@code OVERFOERSEL_DB_USER}/{@code OVERFOERSEL_DB_PASSWORD} or in the URL.
     */
    public static Database open(String url) {
        return open(url, Credentials.fromEnvironment(System.getenv()));
    }

    /** Opens and migrates the database at this JDBC URL as this user (ignored for H2). */
    public static Database open(String url, Credentials credentials) {
        SQLDialect dialect = Dialects.forUrl(url);
        Path file = DatabaseLocation.h2File(url);
        try {
            if (file != null && file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (java.io.IOException e) {
            throw new StoreException(Texts.get("db.cannotCreateDirectory", file.getParent()), e);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(url, dialect, credentials));
        } catch (RuntimeException e) {
            throw translateOpenFailure(url, e);
        }
        try {
            migrate(url, dialect, pool);
            return new Database(url, dialect, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw translateOpenFailure(url, e);
        }
    }

    private static HikariConfig poolConfig(String url, SQLDialect dialect, Credentials credentials) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("overfoersel");
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1); // the first connection is made now: a bad URL fails the open
        if (dialect == SQLDialect.H2) {
            config.setUsername("sa");
            config.setPassword("");
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(1);
        } else {
            if (credentials.user() != null) {
                config.setUsername(credentials.user());
            }
            if (credentials.password() != null) {
                config.setPassword(credentials.password());
            }
            config.setMaximumPoolSize(6);
            config.setMinimumIdle(1);
        }
        return config;
    }

    /**
     * Brings the schema up to date. When the history table already lists exactly the bundled
     * migrations, Flyway is not even loaded (its classpath scan and validation cost most of a
     * command's start, decision 0502); otherwise the schema is checked (newer version, foreign
     * database: {@link SchemaCheck}) and Flyway migrates and validates as always.
     */
    private static void migrate(String url, SQLDialect dialect, DataSource dataSource) {
        boolean postgres = dialect == SQLDialect.POSTGRES;
        Set<String> bundled = postgres ? MigrationIndex.bundledPostgresVersions() : MigrationIndex.bundledVersions();
        if (MigrationIndex.schemaIsCurrent(dataSource, bundled)) {
            return;
        }
        String[] locations = postgres
                ? new String[] {"classpath:db/migration", "classpath:" + POSTGRESQL_LOCATION}
                : new String[] {"classpath:db/migration"};
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .load();
        SchemaCheck.beforeMigrating(url, dataSource, flyway);
        flyway.migrate();
    }

    private static StoreException translateOpenFailure(String url, RuntimeException e) {
        if (e instanceof StoreException s) {
            return s;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return StoreException.inUse(Texts.get("db.inUse", url), e);
            }
            if (t instanceof SQLException sql && SchemaCheck.isDamaged(url, sql.getErrorCode())) {
                return SchemaCheck.damaged(url, e);
            }
            if (t instanceof SQLException sql && PostgresErrors.isServerProblem(sql)) {
                return new StoreException(PostgresErrors.openMessage(url, sql), e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new StoreException(Texts.get("db.openFailed", Credentials.safeUrl(url), String.valueOf(root.getMessage())), e);
    }

    public String url() {
        return url;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs the work in one transaction: on any exception, nothing of it is written. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /**
     * A consistent copy of the database while it is in use (H2 {@code BACKUP TO}: a zip holding the
     * database file), written to a temporary file in the target's folder and moved into place.
     *
     * @throws StoreException (Danish) when this database has no file backup (PostgreSQL: use pg_dump)
     *         or the file cannot be written
     */
    public void backupTo(Path zip) {
        if (dialect != SQLDialect.H2 || DatabaseLocation.h2File(url) == null) {
            throw new StoreException(Texts.get("backup.notH2"));
        }
        Path target = zip.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".backup-", ".zip");
            Files.delete(temp); // BACKUP TO creates the file
            dsl.query("BACKUP TO " + DSL.inline(temp.toString())).execute();
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException | org.jooq.exception.DataAccessException e) {
            throw new StoreException(Texts.get("backup.failed", target), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (java.io.IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** The database file of an embedded H2 database, or null (in memory, a server). */
    public Path file() {
        return DatabaseLocation.h2File(url);
    }

    /** Forces what is committed onto the disk (H2 does not fsync every commit). */
    public void checkpoint() {
        if (dialect == SQLDialect.H2) {
            dsl.query("CHECKPOINT SYNC").execute();
        }
    }

    /**
     * Closes the pool's connections; with the last one H2 closes the database cleanly (the same as
     * {@code SHUTDOWN}: everything written, the file released). A {@code SHUTDOWN} through the pool would
     * leave the pool's connections to find a closed database, and H2 would write "Database is already
     * closed" with a stack trace into the {@code .trace.db} file on every command.
     */
    @Override
    public void close() {
        pool.close();
    }
}
