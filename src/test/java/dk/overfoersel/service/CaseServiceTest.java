package dk.overfoersel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestCases;
import dk.overfoersel.TestDatabase;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On H2; {@link CaseServiceOnPostgresTest} runs the same on PostgreSQL. */
class CaseServiceTest {

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

    @BeforeEach
    void open() {
        service = new CaseService(Database.open(url()));
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void replaceKeepsTheRoundIdAndSwapsTheContent() {
        long id = service.importCase(TestCases.small(), false);
        TransferCase smaller = new TransferCase(TestCases.small().round(), TestCases.small().transfers().subList(0, 1));
        assertThat(service.importCase(smaller, true)).isEqualTo(id);
        assertThat(service.load(id)).isEqualTo(smaller);
        assertThat(service.rounds()).singleElement().satisfies(r -> assertThat(r.transferCount()).isEqualTo(1));
    }

    @Test
    void importingTheSameRoundTwiceIsRefusedAndChangesNothing() {
        long id = service.importCase(TestCases.small(), false);
        assertThatThrownBy(() -> service.importCase(new TransferCase(TestCases.small().round(), java.util.List.of()), false))
                .isInstanceOf(UseCaseException.class).hasMessageContaining("findes allerede");
        assertThat(service.load(id)).isEqualTo(TestCases.small());
    }

    @Test
    void transfersAreAddedEditedAndDeletedOneTransactionEach() {
        long id = service.importCase(TestCases.small(), false);
        Transfer third = new Transfer(3, "Tredje", 3, Money.ofKroner(10), Money.ZERO, "", "", "", java.util.List.of());
        Stored<Transfer> added = service.addTransfer(id, third);
        assertThat(added.version()).isEqualTo(1);

        Stored<Transfer> edited = service.updateTransfer(added.id(), added.version(), third.withAmounts(Money.ofKroner(20), Money.ZERO));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(service.summary(id).requestedTotal())
                .isEqualTo(Money.ofKroner(1_000_000).plus(Money.ofOere(5_000_050L)).plus(Money.ofKroner(20)));

        assertThatThrownBy(() -> service.updateTransfer(added.id(), 1, third)).isInstanceOf(StaleDataException.class);

        assertThatThrownBy(() -> service.addTransfer(id, third.withNumber(1)))
                .isInstanceOf(UseCaseException.class).hasMessageContaining("allerede brugt");
        assertThat(service.open(id).transfers()).hasSize(3);

        assertThat(service.deleteTransfer(added.id())).isTrue();
        assertThat(service.load(id)).isEqualTo(TestCases.small());
    }

    @Test
    void renumberingOntoATakenNumberFailsWithoutPartialWrites() {
        long id = service.importCase(TestCases.small(), false);
        Stored<Transfer> second = service.open(id).transfers().get(1);
        assertThatThrownBy(() -> service.updateTransfer(second.id(), second.version(), second.value().withNumber(1)))
                .isInstanceOf(UseCaseException.class);
        assertThat(service.load(id)).isEqualTo(TestCases.small());
        assertThat(service.open(id).transfers().get(1).version()).isEqualTo(1);
    }

    @Test
    void roundResolution() {
        assertThatThrownBy(() -> service.resolveRound(null)).hasMessageContaining("ingen runder");
        long id = service.importCase(TestCases.small(), false);
        assertThat(service.resolveRound(null)).isEqualTo(id);
        assertThat(service.resolveRound(id)).isEqualTo(id);
        assertThatThrownBy(() -> service.resolveRound(id + 1)).hasMessageContaining("findes ikke");
    }

    @Test
    void roundDetailsAreUpdatedWithOptimisticLocking() {
        long id = service.importCase(TestCases.small(), false);
        OpenCase open = service.open(id);
        var changed = open.round().value().withUnderspendLines(java.util.List.of());
        assertThat(service.updateRound(id, open.round().version(), changed)).isEqualTo(2);
        assertThat(service.summary(id).netUnderspend()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> service.updateRound(id, 1, changed)).isInstanceOf(StaleDataException.class);
    }
}
