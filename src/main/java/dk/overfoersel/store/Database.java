package dk.overfoersel.store;

import dk.overfoersel.domain.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open database: migrated by Flyway on open, reached through one jOOQ {@link DSLContext}.
 * The dialect is chosen once, from the URL ({@link Dialects}).
 */
public final class Database implements AutoCloseable {

    private static final int H2_DATABASE_IN_USE = 90020;

    private final String url;
    private final SQLDialect dialect;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(String url, SQLDialect dialect, JdbcConnectionPool pool) {
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withExecuteWithOptimisticLocking(true);
        this.dsl = DSL.using(pool, dialect, settings);
    }

    /** Opens (creating if need be) and migrates the database at this JDBC URL. */
    public static Database open(String url) {
        SQLDialect dialect = Dialects.forUrl(url);
        if (dialect != SQLDialect.H2) {
            throw new StoreException(Texts.get("db.unsupportedUrl", url));
        }
        Path file = DatabaseLocation.h2File(url);
        try {
            if (file != null && file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (java.io.IOException e) {
            throw new StoreException(Texts.get("db.cannotCreateDirectory", file.getParent()), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            migrate(pool);
            return new Database(url, dialect, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw translateOpenFailure(url, e);
        }
    }

    /**
     * Brings the schema up to date. When the history table already lists exactly the bundled
     * migrations, Flyway is not even loaded (its classpath scan and validation cost most of a
     * command's start, decision 0502); otherwise Flyway migrates and validates as always.
     */
    private static void migrate(DataSource dataSource) {
        if (MigrationIndex.schemaIsCurrent(dataSource, MigrationIndex.bundledVersions())) {
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static StoreException translateOpenFailure(String url, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return new StoreException(Texts.get("db.inUse", url), e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new StoreException(Texts.get("db.openFailed", url, String.valueOf(root.getMessage())), e);
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

    /** Forces what is committed onto the disk (H2 does not fsync every commit). */
    public void checkpoint() {
        if (dialect == SQLDialect.H2) {
            dsl.query("CHECKPOINT SYNC").execute();
        }
    }

    @Override
    public void close() {
        try {
            if (dialect == SQLDialect.H2 && !url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:mem:")) {
                dsl.query("SHUTDOWN").execute();
            }
        } catch (RuntimeException ignored) {
            // closing anyway
        } finally {
            pool.dispose();
        }
    }
}
