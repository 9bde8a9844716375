package dk.overfoersel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestCases;
import dk.overfoersel.TestDatabase;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.rule.Limits;
import dk.overfoersel.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service keeps a round's totals within the domain's limit when the window changes one transfer at a time. */
class RoundTotalsTest {

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
    void aTransferThatWouldPushATotalOverTheLimitIsRefusedAndNothingIsWritten() {
        long round = service.importCase(new TransferCase(TestCases.small().round(), List.of()), false);
        Money max = Limits.MAX_AMOUNT;
        Stored<Transfer> big = service.addTransfer(round, new Transfer(1, "Stor", 2, max, Money.ZERO, "", "", "", List.of()));

        assertThatThrownBy(() -> service.addTransfer(round, new Transfer(2, "En krone mere", 2, Money.ofKroner(1), Money.ZERO,
                "", "", "", List.of())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Summen af overførslernes beløb bliver større end det største beløb");
        assertThat(service.load(round).transfers()).hasSize(1);

        Commitment all = new Commitment("P", "", max, CommitmentStatus.SIGNED);
        service.updateTransfer(big.id(), big.version(), big.value().withCommitments(List.of(all)));
        Transfer moreCommitments = new Transfer(3, "Aftale", 2, Money.ZERO, Money.ZERO, "", "", "",
                List.of(new Commitment("Q", "", Money.ofKroner(1), CommitmentStatus.PLANNED)));
        assertThatThrownBy(() -> service.addTransfer(round, moreCommitments))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Summen af alle rundens aftaler bliver større");
        assertThat(service.load(round).transfers()).extracting(Transfer::number).containsExactly(1);
        assertThat(service.load(round).transfers().get(0).commitments()).containsExactly(all);
    }
}
