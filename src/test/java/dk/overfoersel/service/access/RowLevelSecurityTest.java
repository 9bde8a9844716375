package dk.overfoersel.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.PostgresServer;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.domain.access.AdministrationGroup;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.store.Credentials;
import dk.overfoersel.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on a real PostgreSQL: the owner role migrates (V8 policies) and maps administrations
 * to groups; a caseworker changes only their administration's rounds and does not see the others';
 * the finance group reads all but changes nothing of the others'.
 */
class RowLevelSecurityTest {

    private static final String SOCIAL = "Socialforvaltningen";
    private static final String CULTURE = "Kulturforvaltningen";
    private static final String FINANCE = "Økonomiforvaltningen";

    private final List<CaseService> open = new ArrayList<>();
    private String database;
    private String s;

    @BeforeEach
    void rolesAndSchema() {
        database = PostgresServer.databaseName(PostgresServer.emptyUrl());
        s = "_" + database;
        PostgresServer.admin(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overfoersel_user') "
                        + "THEN CREATE ROLE overfoersel_user NOLOGIN; END IF; END $$",
                "CREATE ROLE owner" + s + " LOGIN",
                "CREATE ROLE g_social" + s + " NOLOGIN",
                "CREATE ROLE g_culture" + s + " NOLOGIN",
                "CREATE ROLE g_finance" + s + " NOLOGIN",
                "CREATE ROLE anna" + s + " LOGIN IN ROLE overfoersel_user, g_social" + s,
                "CREATE ROLE bo" + s + " LOGIN IN ROLE overfoersel_user, g_culture" + s,
                "CREATE ROLE fie" + s + " LOGIN IN ROLE overfoersel_user, g_finance" + s,
                "ALTER DATABASE " + database + " OWNER TO owner" + s);
        PostgresServer.adminIn(database, "ALTER SCHEMA public OWNER TO owner" + s);
        CaseService owner = as("owner");
        owner.access().map(new AdministrationGroup(SOCIAL, "g_social" + s, false));
        owner.access().map(new AdministrationGroup(CULTURE, "g_culture" + s, false));
        owner.access().map(new AdministrationGroup(FINANCE, "g_finance" + s, true));
    }

    @AfterEach
    void close() {
        open.forEach(CaseService::close);
    }

    private CaseService as(String user) {
        CaseService service = new CaseService(Database.open(PostgresServer.urlWithoutUser(database),
                new Credentials(user + s, null)));
        open.add(service);
        return service;
    }

    private static Round round(String administration, int year, String committee) {
        return new Round(administration, committee, year, year + 1, LocalDate.of(year, 11, 26),
                List.of(new UnderspendLine("Mindreforbrug", Money.ofKroner(3_000_000))));
    }

    private static Round round(String administration) {
        return round(administration, 2020, "Udvalget");
    }

    @Test
    void aCaseworkerChangesOnlyTheirOwnAdministrationsRoundsAndSeesNoOthers() {
        CaseService anna = as("anna");
        CaseService bo = as("bo");
        long social = anna.createRound(round(SOCIAL));
        long culture = bo.createRound(round(CULTURE));

        assertThat(anna.rounds()).extracting(RoundInfo::id).containsExactly(social);
        assertThat(bo.rounds()).extracting(RoundInfo::id).containsExactly(culture);

        assertThatThrownBy(() -> bo.createRound(round(SOCIAL, 2021, "Udvalget")))
                .isInstanceOf(UseCaseException.class)
                .hasMessageContaining("ikke ret til at ændre")
                .hasMessageNotContaining("policy").hasMessageNotContaining("INSERT");
        assertThatThrownBy(() -> bo.updateRound(social, 1, round(SOCIAL, 2020, "Bos udvalg")))
                .isInstanceOf(UseCaseException.class)
                .hasMessageNotContaining("SELECT").hasMessageNotContaining("UPDATE");
        assertThat(bo.deleteRound(social)).isFalse();

        assertThat(anna.updateRound(social, 1, round(SOCIAL, 2020, "Socialudvalget"))).isEqualTo(2);
        assertThat(anna.load(social).round().committee()).isEqualTo("Socialudvalget");
        assertThat(anna.history(social, null)).extracting(e -> e.user()).contains("anna" + s);
    }

    @Test
    void financeReadsEveryAdministrationButChangesNoneOfTheirs() {
        long social = as("anna").createRound(round(SOCIAL));
        CaseService fie = as("fie");

        assertThat(fie.rounds()).extracting(RoundInfo::id).containsExactly(social);
        assertThat(fie.load(social).round().administration()).isEqualTo(SOCIAL);
        assertThatThrownBy(() -> fie.createRound(round(SOCIAL, 2022, "Udvalget")))
                .isInstanceOf(UseCaseException.class).hasMessageContaining("ikke ret til at ændre");
        assertThatThrownBy(() -> fie.updateRound(social, 1, round(SOCIAL, 2020, "Økonomiudvalget")))
                .isInstanceOf(UseCaseException.class);
        assertThat(as("anna").load(social).round().committee()).isEqualTo("Udvalget");
    }

    /** Rows the user sees and changes in a table, read with the user's own connection (not through the program). */
    private int sql(String user, String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PostgresServer.urlWithoutUser(database),
                user + s, null); java.sql.Statement st = c.createStatement()) {
            if (statement.startsWith("select")) {
                try (java.sql.ResultSet rs = st.executeQuery(statement)) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
            return st.executeUpdate(statement);
        }
    }

    @Test
    void aTransfersTextsInTheirOwnTableAreHiddenAndProtectedLikeTheTransfer() throws Exception {
        CaseService anna = as("anna");
        long social = anna.createRound(round(SOCIAL));
        anna.addTransfer(social, new Transfer(1, "Hjemmepleje", 3, Money.ofKroner(1_000_000), Money.ZERO,
                "Annas baggrund", "Annas konsekvenser", "Annas indstilling", List.of()));

        assertThat(sql("anna", "select count(*) from transfer_text")).isEqualTo(1);
        assertThat(sql("bo", "select count(*) from transfer_text")).as("another administration's texts").isZero();
        assertThat(sql("bo", "update transfer_text set background = 'Bos tekst'")).isZero();
        assertThat(sql("fie", "select count(*) from transfer_text")).as("finance reads all").isEqualTo(1);
        assertThat(sql("fie", "update transfer_text set background = 'Fies tekst'")).isZero();
        assertThat(as("fie").load(social).transfers().get(0).background()).isEqualTo("Annas baggrund");
    }

    @Test
    void onlyTheOwnerChangesTheMapping() {
        assertThatThrownBy(() -> as("anna").access().map(new AdministrationGroup(CULTURE, "g_social" + s, false)))
                .isInstanceOf(UseCaseException.class).hasMessageContaining("ikke ret til at ændre");
        assertThat(as("owner").access().list()).extracting(m -> m.value().groupName())
                .containsExactlyInAnyOrder("g_social" + s, "g_culture" + s, "g_finance" + s);
    }
}
