package dk.overfoersel.store;

import static dk.overfoersel.store.jooq.Tables.COMMITMENT;
import static dk.overfoersel.store.jooq.Tables.ROUND;
import static dk.overfoersel.store.jooq.Tables.TRANSFER;
import static dk.overfoersel.store.jooq.Tables.UNDERSPEND_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestCases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDatabaseAndIsIdempotent() {
        String url = TestCases.url(dir);
        try (Database db = Database.open(url)) {
            assertThat(db.dsl().fetchCount(ROUND)).isZero();
            assertThat(db.dsl().fetchCount(TRANSFER)).isZero();
            assertThat(db.dsl().fetchCount(COMMITMENT)).isZero();
            assertThat(db.dsl().fetchCount(UNDERSPEND_LINE)).isZero();
            Set<String> applied = db.dsl().fetch("select \"version\" from \"flyway_schema_history\" where \"success\"")
                    .getValues(0, String.class).stream().collect(Collectors.toSet());
            assertThat(applied).contains("1");
        }
        assertThat(Files.exists(dir.resolve("test.mv.db"))).isTrue();
        try (Database again = Database.open(url)) {
            assertThat(again.dsl().fetchCount(ROUND)).isZero();
        }
    }

    @Test
    void v9AndV11MoveEveryTransfersTextsIntoTheirOwnTableAndMarkTheTransfersWithoutTexts() throws Exception {
        String url = TestCases.url(dir);
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("7").load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", ""); java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO round (id, administration, committee, accounts_year, budget_year) VALUES (1, 'BIF', 'BIU', 2008, 2009)");
            s.execute("INSERT INTO transfer (id, round_id, transfer_no, title, schedule, amount, background, consequences, recommendation) "
                    + "VALUES (5, 1, 10, 'Sygedagpenge', 3, 15739000.00, 'Baggrund æøå', 'Konsekvenser', 'Indstilling')");
            s.execute("INSERT INTO transfer (id, round_id, transfer_no, title, schedule, amount) VALUES (6, 1, 11, 'Uden tekst', 3, 1.00)");
            s.execute("SHUTDOWN");
        }
        try (Database db = Database.open(url)) {
            assertThat(TRANSFER.fields()).extracting(org.jooq.Field::getName)
                    .doesNotContain("background", "consequences", "recommendation");
            var text = db.dsl().fetchOne(dk.overfoersel.store.jooq.Tables.TRANSFER_TEXT,
                    dk.overfoersel.store.jooq.Tables.TRANSFER_TEXT.TRANSFER_ID.eq(5L));
            assertThat(text.getBackground()).isEqualTo("Baggrund æøå");
            var loaded = db.inTransaction(dsl -> new TransferRepository(dsl).load(5L)).orElseThrow().value();
            assertThat(loaded.consequences()).isEqualTo("Konsekvenser");
            assertThat(loaded.recommendation()).isEqualTo("Indstilling");
            assertThat(db.dsl().fetchCount(dk.overfoersel.store.jooq.Tables.TRANSFER_TEXT)).as("one row per transfer").isEqualTo(2);
            assertThat(db.dsl().select(TRANSFER.ID).from(TRANSFER).where(TRANSFER.TEXTS_MISSING.isTrue()).fetch(TRANSFER.ID))
                    .as("the transfer without texts is marked").containsExactly(6L);
            db.dsl().deleteFrom(TRANSFER).where(TRANSFER.ID.eq(5L)).execute();
            assertThat(db.dsl().fetchCount(dk.overfoersel.store.jooq.Tables.TRANSFER_TEXT)).as("deleted with its transfer").isEqualTo(1);
        }
    }

    @Test
    void urlCarriesWriteDelayZeroForDurability() {
        assertThat(TestCases.url(dir)).endsWith(";WRITE_DELAY=0");
        try (Database db = Database.open(TestCases.url(dir))) {
            Set<String> values = db.dsl().fetch("select \"SETTING_VALUE\" from INFORMATION_SCHEMA.SETTINGS where \"SETTING_NAME\" = 'WRITE_DELAY'")
                    .getValues(0, String.class).stream().collect(Collectors.toSet());
            assertThat(values).containsExactly("0");
        }
    }

    @Test
    void moneyColumnsAreExactNumeric15x2() {
        try (Database db = Database.open(TestCases.url(dir))) {
            var columns = db.dsl().fetch("select \"TABLE_NAME\", \"NUMERIC_PRECISION\", \"NUMERIC_SCALE\" from INFORMATION_SCHEMA.COLUMNS where \"COLUMN_NAME\" in ('AMOUNT', 'EARLY_APPROVED')");
            assertThat(columns).hasSize(4);
            columns.forEach(r -> {
                assertThat(r.get(1, Integer.class)).isEqualTo(15);
                assertThat(r.get(2, Integer.class)).isEqualTo(2);
            });
        }
    }

    @Test
    void schemaEnforcesKeysAndRules() {
        try (Database db = Database.open(TestCases.url(dir))) {
            var dsl = db.dsl();
            long round = dsl.insertInto(ROUND, ROUND.ADMINISTRATION, ROUND.COMMITTEE, ROUND.ACCOUNTS_YEAR, ROUND.BUDGET_YEAR)
                    .values("A", "B", 2008, 2009).returning(ROUND.ID).fetchOne(ROUND.ID);
            insertTransfer(dsl, round, 10, 3, "5.00", "1.00");
            // same number in the same round
            assertThatThrownBy(() -> insertTransfer(dsl, round, 10, 3, "1.00", "0.00"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("UQ_TRANSFER_ROUND_NO");
            assertThatThrownBy(() -> insertTransfer(dsl, round, 11, 4, "1.00", "0.00"))
                    .hasMessageContaining("CK_TRANSFER_SCHEDULE");
            assertThatThrownBy(() -> insertTransfer(dsl, round, 12, 3, "1.00", "2.00"))
                    .hasMessageContaining("CK_TRANSFER_EARLY");
            assertThatThrownBy(() -> insertTransfer(dsl, 9_999, 13, 3, "1.00", "0.00"))
                    .hasMessageContaining("FK_TRANSFER_ROUND");
            assertThatThrownBy(() -> dsl.insertInto(ROUND, ROUND.ADMINISTRATION, ROUND.COMMITTEE, ROUND.ACCOUNTS_YEAR, ROUND.BUDGET_YEAR)
                    .values("A", "C", 2008, 2009).execute()).hasMessageContaining("UQ_ROUND_ADMINISTRATION_YEAR");
            // deleting a round removes its transfers
            dsl.deleteFrom(ROUND).where(ROUND.ID.eq(round)).execute();
            assertThat(dsl.fetchCount(TRANSFER)).isZero();
        }
    }

    private static void insertTransfer(org.jooq.DSLContext dsl, long round, int no, int schedule, String amount, String early) {
        dsl.insertInto(TRANSFER, TRANSFER.ROUND_ID, TRANSFER.TRANSFER_NO, TRANSFER.TITLE, TRANSFER.SCHEDULE,
                        TRANSFER.AMOUNT, TRANSFER.EARLY_APPROVED)
                .values(DSL.val(round), DSL.val(no), DSL.val("T"), DSL.val(schedule), DSL.val(new BigDecimal(amount)),
                        DSL.val(new BigDecimal(early)))
                .execute();
    }
}
