package dk.overfoersel.store;

import static dk.overfoersel.store.jooq.Tables.AUDIT_ENTRY;
import static dk.overfoersel.store.jooq.Tables.COMMITMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestCases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database of another version, or not ours: migrated, or refused in Danish and left as it was. */
class SchemaCheckTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseMadeByTheCurrentReleaseIsMigratedWithItsData() throws Exception {
        String url = TestCases.url(dir);
        // the file as today's release (schema version 1) leaves it
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO round (id, administration, committee, accounts_year, budget_year) VALUES (1, 'BIF', 'BIU', 2008, 2009)");
            s.execute("INSERT INTO transfer (id, round_id, transfer_no, title, schedule, amount) VALUES (5, 1, 10, 'Sygedagpenge', 3, 15739000.00)");
            s.execute("INSERT INTO commitment (id, transfer_id, line_no, party, description, amount, status) "
                    + "VALUES (7, 5, 1, 'Leverandør A', '', 7700000.00, 'SIGNED')");
            s.execute("SHUTDOWN");
        }
        try (Database db = Database.open(url)) {
            var versions = db.dsl().fetch("select \"version\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"")
                    .getValues(0, String.class);
            assertThat(versions).startsWith("1", "2", "3");
            var commitment = db.dsl().fetchOne(COMMITMENT, COMMITMENT.ID.eq(7L));
            assertThat(commitment.getVersion()).isEqualTo(1);
            assertThat(commitment.getAmount()).isEqualByComparingTo("7700000.00");
            assertThat(db.dsl().fetchCount(AUDIT_ENTRY)).isZero();
            var transfer = db.inTransaction(dsl -> new TransferRepository(dsl).load(5L)).orElseThrow();
            assertThat(transfer.value().title()).isEqualTo("Sygedagpenge");
        }
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsRefusedNamingBothVersions() throws Exception {
        String url = TestCases.url(dir);
        int applied;
        try (Database db = Database.open(url)) {
            applied = db.dsl().fetchCount(db.dsl().selectFrom("\"flyway_schema_history\"").where("\"version\" is not null"));
        }
        int versionsBefore = applied + 1;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                    + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '42', 'from the future', 'SQL', 'V42__future.sql', 1, 'sa', 1, TRUE)");
            s.execute("SHUTDOWN");
        }
        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nyere version af Overførsel (databaseversion 42)")
                .hasMessageContaining("kender kun op til version ");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL");
            rs.next();
            assertThat(rs.getInt(1)).as("nothing migrated").isEqualTo(versionsBefore);
        }
    }

    @Test
    void aForeignDatabaseIsRefusedAndNotTouched() throws Exception {
        String url = TestCases.url(dir);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50))");
            s.execute("SHUTDOWN");
        }
        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("er ikke en Overførsel-database")
                .hasMessageNotContaining("Flyway");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
