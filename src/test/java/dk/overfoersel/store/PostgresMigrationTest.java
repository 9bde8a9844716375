package dk.overfoersel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Migrations on PostgreSQL: the portable scripts and the PostgreSQL-only ones, and the fast start on a current schema. */
class PostgresMigrationTest {

    private static List<String> scripts(String dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void thePostgresqlIndexAddsTheVendorScriptsOnly() throws IOException {
        List<String> vendor = scripts("src/main/resources/db/vendor/postgresql");
        assertThat(vendor).isNotEmpty();
        assertThat(MigrationIndex.bundledPostgresVersions())
                .containsAll(MigrationIndex.bundledVersions())
                .containsAll(MigrationIndex.versionsOf(vendor));
        assertThat(MigrationIndex.bundledVersions()).doesNotContainAnyElementsOf(MigrationIndex.versionsOf(vendor));
    }

    @Test
    void anEmptyDatabaseIsMigratedWithTheVendorScriptsAndThenOpensWithoutFlyway() {
        String url = PostgresServer.emptyUrl();
        try (Database db = Database.open(url)) {
            List<String> versions = db.dsl().fetch("select version from flyway_schema_history where version is not null")
                    .getValues(0, String.class);
            assertThat(versions).contains("7", "8");
            assertThat(db.dsl().fetchValue("select relrowsecurity from pg_class where relname = 'round'")).isEqualTo(true);
            // Flyway's validation would refuse this changed checksum; a current schema never reaches it
            db.dsl().query("update flyway_schema_history set checksum = 12345").execute();
        }
        try (Database again = Database.open(url)) {
            assertThat(again.dsl().fetchCount(dk.overfoersel.store.jooq.Tables.ROUND)).isZero();
        }
    }

    @Test
    void aServerUpgradedByANewerProgramIsRefusedNamingBothVersionsAndLeftAsItWas() {
        String url = PostgresServer.freshUrl();
        int before;
        try (Database db = Database.open(url)) {
            db.dsl().query("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) values (99, '42', 'from the future', 'SQL', 'V42__future.sql', 1, "
                    + "current_user, 1, true)").execute();
            before = db.dsl().fetchCount(db.dsl().selectFrom("flyway_schema_history"));
        }
        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nyere version af Overførsel (databaseversion 42)")
                .hasMessageContaining("kender kun op til version ")
                .hasMessageNotContaining("Flyway")
                .hasMessageNotContaining("SQL");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing migrated or repaired").isEqualTo(before);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
