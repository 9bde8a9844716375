package dk.overfoersel.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.PostgresServer;
import dk.overfoersel.TestCases;
import dk.overfoersel.TestDatabase;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.StaleDataException;
import dk.overfoersel.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change is in the audit trail, one row per changed field, written in the change's transaction. */
class AuditTrailTest {

    private String url;

    /** The database these tests run on. */
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    /** This test's database (the same URL when it is reopened). */
    protected String url() {
        if (url == null) {
            url = database().url(dir);
        }
        return url;
    }

    @TempDir
    Path dir;
    CaseService service;
    long roundId;

    @BeforeEach
    void open() {
        service = new CaseService(Database.open(url()), session -> "jens",
                Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneId.of("Europe/Copenhagen")));
        roundId = service.importCase(TestCases.small(), false);
    }

    @AfterEach
    void close() {
        service.close();
    }

    private Stored<Transfer> transfer(int index) {
        return service.open(roundId).transfers().get(index);
    }

    @Test
    void anImportIsOneEntryNamingWhatItStoredAndWhatItReplaced() {
        List<HistoryEntry> history = service.history(roundId, null);
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.useCase()).isEqualTo("import");
            assertThat(e.user()).isEqualTo("jens");
            assertThat(e.field()).isEqualTo("import");
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).contains("2 overførsler");
        });
        TransferCase smaller = new TransferCase(TestCases.small().round(), TestCases.small().transfers().subList(0, 1));
        service.importCase(smaller, true);
        List<HistoryEntry> after = service.history(roundId, null);
        assertThat(after).hasSize(2);
        assertThat(after.get(1).oldValue()).contains("2 overførsler");
        assertThat(after.get(1).newValue()).contains("1 overførsler");
    }

    @Test
    void replacingByImportKeepsTheIdsOfTransfersWhoseNumberIsStillThere() {
        long firstId = transfer(0).id();
        TransferCase smaller = new TransferCase(TestCases.small().round(), TestCases.small().transfers().subList(0, 1));
        service.importCase(smaller, true);
        assertThat(service.open(roundId).transfers()).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(firstId));
    }

    @Test
    void editingATitleRecordsOneRowWithBothValues() {
        Stored<Transfer> t = transfer(0);
        Transfer edited = new Transfer(1, "Første, nyt navn", 3, t.value().amount(), t.value().earlyApproved(),
                t.value().background(), t.value().consequences(), t.value().recommendation(), t.value().commitments());
        service.updateTransfer(t.id(), t.version(), edited);

        List<HistoryEntry> entries = service.transferHistory(t.id());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.useCase()).isEqualTo("updateTransfer");
            assertThat(e.user()).isEqualTo("jens");
            assertThat(e.time().toInstant()).isEqualTo(Instant.parse("2026-11-23T18:30:00Z"));
            assertThat(e.entity()).isEqualTo("transfer");
            assertThat(e.entityId()).isEqualTo(t.id());
            assertThat(e.roundId()).isEqualTo(roundId);
            assertThat(e.transferNo()).isEqualTo(1);
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.fieldLabel()).isEqualTo("Titel");
            assertThat(e.oldValue()).isEqualTo("Første");
            assertThat(e.newValue()).isEqualTo("Første, nyt navn");
        });
    }

    @Test
    void aCommitmentsChangedAmountIsRecordedUnderItsStableId() {
        Stored<Transfer> t = transfer(0);
        List<Commitment> list = new ArrayList<>(t.value().commitments());
        Commitment c = list.get(1);
        list.set(1, new Commitment(c.party(), c.description(), Money.ofKroner(150_000), c.status()));
        service.updateTransfer(t.id(), t.version(), t.value().withCommitments(list));

        assertThat(service.history(roundId, 1)).singleElement().satisfies(e -> {
            assertThat(e.entity()).isEqualTo("commitment");
            assertThat(e.transferId()).isEqualTo(t.id());
            assertThat(e.field()).isEqualTo("amount");
            assertThat(e.oldValue()).isEqualTo("100.000,00");
            assertThat(e.newValue()).isEqualTo("150.000,00");
        });
    }

    @Test
    void restoringAnOldValueGivesTheTransferToSaveAsAnEdit() {
        Stored<Transfer> t = transfer(0);
        List<Commitment> list = new ArrayList<>(t.value().commitments());
        Commitment c = list.get(1);
        list.set(1, new Commitment(c.party(), c.description(), Money.ofKroner(150_000), c.status()));
        Stored<Transfer> saved = service.updateTransfer(t.id(), t.version(), t.value().withCommitments(list));
        HistoryEntry change = service.transferHistory(t.id()).get(0);

        Transfer restored = service.withOldValue(t.id(), saved.value(), change);
        assertThat(restored).isEqualTo(t.value());
        service.updateTransfer(t.id(), saved.version(), restored);
        List<HistoryEntry> history = service.transferHistory(t.id());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).newValue()).isEqualTo("100.000,00");
    }

    @Test
    void deletingAndRestoringATransferIsRecordedAndKeepsItsId() {
        Stored<Transfer> t = transfer(1);
        service.deleteTransfer(t.id());
        service.restoreTransfer(roundId, t.id(), t.value());
        assertThat(service.open(roundId).transfers().get(1).id()).isEqualTo(t.id());
        List<HistoryEntry> history = service.transferHistory(t.id());
        assertThat(history).extracting(HistoryEntry::useCase).contains("deleteTransfer", "restoreTransfer");
        assertThat(history).filteredOn(e -> e.field().equals("title"))
                .extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anden", null), org.assertj.core.groups.Tuple.tuple(null, "Anden"));
    }

    @Test
    void underspendLineChangesAreRecordedPerField() {
        var open = service.open(roundId);
        var round = open.round().value();
        List<UnderspendLine> lines = new ArrayList<>(round.underspendLines());
        lines.set(1, new UnderspendLine(lines.get(1).text(), Money.ofKroner(-600_000)));
        service.updateRound(roundId, open.round().version(), round.withUnderspendLines(lines));
        List<HistoryEntry> history = service.history(roundId, null);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).entity()).isEqualTo("underspend_line");
        assertThat(history.get(1).oldValue()).isEqualTo("-500.000,00");
        assertThat(history.get(1).newValue()).isEqualTo("-600.000,00");
        assertThat(history.get(1).transferNo()).isNull();
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        Stored<Transfer> t = transfer(0);
        assertThatThrownBy(() -> service.updateTransfer(t.id(), t.version() + 5, t.value().withNumber(9)))
                .isInstanceOf(StaleDataException.class);
        assertThat(service.history(roundId, null)).hasSize(1);
    }

    @Test
    void theOperatingSystemUserOnH2AndTheDatabaseUserOnPostgresqlAreRecordedByDefault() {
        service.close();
        service = new CaseService(Database.open(url()));
        Stored<Transfer> t = transfer(1);
        service.updateTransfer(t.id(), t.version(), t.value().withAmounts(Money.ofKroner(1), Money.ZERO));
        assertThat(service.history(roundId, 2)).last().satisfies(e -> assertThat(e.user()).isEqualTo(
                database() == TestDatabase.H2 ? System.getProperty("user.name") : PostgresServer.SUPERUSER));
    }
}
