package dk.overfoersel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationIndexTest {

    @TempDir
    Path dir;

    @Test
    void theBuildTimeIndexListsEveryMigrationScript() throws IOException {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        assertThat(MigrationIndex.bundledVersions()).isEqualTo(MigrationIndex.versionsOf(scripts));
        assertThat(MigrationIndex.bundledVersions()).contains("1");
    }

    @Test
    void versionsAreReadFromScriptNames() {
        assertThat(MigrationIndex.versionsOf(List.of("V1__a.sql", "V02__b.sql", "V3_1__c.sql")))
                .containsExactly("1", "2", "3.1");
        assertThat(MigrationIndex.versionsOf(List.of("V1__a.sql", "R__view.sql"))).isNull();
        assertThat(MigrationIndex.versionsOf(List.of())).isNull();
    }

    @Test
    void aCurrentDatabaseIsRecognisedWithoutFlyway() {
        String url = TestCases.url(dir);
        Database.open(url).close();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            Set<String> bundled = MigrationIndex.bundledVersions();
            assertThat(MigrationIndex.schemaIsCurrent(pool, bundled)).isTrue();
            Set<String> oneMore = new TreeSet<>(bundled);
            oneMore.add("999");
            assertThat(MigrationIndex.schemaIsCurrent(pool, oneMore)).as("a pending migration").isFalse();
            assertThat(MigrationIndex.schemaIsCurrent(pool, null)).as("no index").isFalse();
        } finally {
            pool.dispose();
        }
    }

    @Test
    void anEmptyOrFailedDatabaseGoesToFlyway() throws Exception {
        JdbcConnectionPool empty = JdbcConnectionPool.create(TestCases.url(dir.resolve("empty")), "sa", "");
        try {
            assertThat(MigrationIndex.schemaIsCurrent(empty, MigrationIndex.bundledVersions())).isFalse();
        } finally {
            empty.dispose();
        }
        String url = TestCases.url(dir);
        Database.open(url).close();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("update \"flyway_schema_history\" set \"success\" = false");
            assertThat(MigrationIndex.schemaIsCurrent(pool, MigrationIndex.bundledVersions())).isFalse();
        } finally {
            pool.dispose();
        }
    }

    @Test
    void openingACurrentDatabaseDoesNotRunFlyway() {
        String url = TestCases.url(dir);
        try (Database db = Database.open(url)) {
            // Flyway's validation would refuse this changed checksum; a current schema never reaches it
            db.dsl().query("update \"flyway_schema_history\" set \"checksum\" = 12345").execute();
        }
        try (Database again = Database.open(url)) {
            assertThat(again.dsl().fetchCount(dk.overfoersel.store.jooq.Tables.ROUND)).isZero();
        }
    }
}
