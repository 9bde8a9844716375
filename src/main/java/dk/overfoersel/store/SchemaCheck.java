package dk.overfoersel.store;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.store.backup.BackupFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * What is checked before Flyway migrates, so that the user reads Danish instead of Flyway's English:
 * a database written by a newer version of the program (its schema history has a migration this
 * program does not know) is refused naming both versions; a database that is not ours (tables, but
 * no schema history) is refused and left untouched; a damaged file is named with the newest backup.
 */
final class SchemaCheck {

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private SchemaCheck() {
    }

    static void beforeMigrating(String url, DataSource dataSource, Flyway flyway) {
        String newestKnown = null;
        String newestApplied = null;
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getVersion() == null) {
                continue;
            }
            MigrationState state = m.getState();
            boolean future = state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
            if (future) {
                newestApplied = m.getVersion().getVersion();
            } else {
                newestKnown = m.getVersion().getVersion();
            }
        }
        if (newestApplied != null) {
            throw new StoreException(Texts.get("db.newerVersion", url, newestApplied, String.valueOf(newestKnown)));
        }
        if (flyway.info().current() == null && hasForeignTables(dataSource)) {
            throw new StoreException(Texts.get("db.foreign", url));
        }
    }

    /** Tables in the schema, but not Flyway's history: somebody else's database. */
    private static boolean hasForeignTables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            boolean any = false;
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(HISTORY_TABLE)) {
                    return false;
                }
                any = true;
            }
            return any;
        } catch (SQLException e) {
            return false;
        }
    }

    /** H2's answers for a file that is not a readable H2 database (corrupted, another format). */
    static boolean isDamaged(String url, int errorCode) {
        Path file = DatabaseLocation.h2File(url);
        if (file == null) {
            return false;
        }
        return switch (errorCode) {
            case 90030, 90048, 90049, 90050 -> true; // file corrupted, version, encryption, wrong format
            case 90028 -> Files.isRegularFile(file) && Files.isReadable(file); // "IO exception" on a readable file
            default -> false;
        };
    }

    static StoreException damaged(String url, Throwable cause) {
        Path file = DatabaseLocation.h2File(url);
        String newest = BackupFiles.newest(BackupFiles.directory(file)).map(Path::toString).orElse(null);
        return new StoreException(newest == null
                ? Texts.get("db.damagedNoBackup", file)
                : Texts.get("db.damaged", file, newest), cause);
    }
}
