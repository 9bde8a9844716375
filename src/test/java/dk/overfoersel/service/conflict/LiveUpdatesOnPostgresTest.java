package dk.overfoersel.service.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.PostgresServer;
import dk.overfoersel.TestCases;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.StaleDataException;
import dk.overfoersel.store.Database;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the embedded PostgreSQL server: a save by a second connection pool (another program) reaches the first
 * program's listener (LISTEN on a connection of its own) within seconds, naming the round; its own saves and
 * a refused (rolled back) save are not heard.
 */
class LiveUpdatesOnPostgresTest {

    CaseService jens;
    CaseService mette;
    long roundId;
    final LinkedBlockingQueue<Set<Long>> heard = new LinkedBlockingQueue<>();
    AutoCloseable listening;

    @BeforeEach
    void open() {
        String url = PostgresServer.freshUrl();
        jens = new CaseService(Database.open(url), session -> "jens", Clock.systemDefaultZone());
        mette = new CaseService(Database.open(url), session -> "mette", Clock.systemDefaultZone());
        roundId = jens.importCase(TestCases.small(), false);
        listening = jens.onOtherChanges(heard::add);
    }

    @AfterEach
    void close() throws Exception {
        listening.close();
        mette.close();
        jens.close();
    }

    private Stored<Transfer> first(CaseService s) {
        return s.open(roundId).transfers().get(0);
    }

    @Test
    void anotherProgramsSaveIsHeardItsOwnAndARefusedOneAreNot() throws Exception {
        Stored<Transfer> t = first(mette);
        long start = System.nanoTime();
        mette.updateTransfer(t.id(), t.version(), t.value().withAmounts(Money.ofKroner(1_100_000), Money.ofKroner(400_000)));
        Set<Long> rounds = heard.poll(5, TimeUnit.SECONDS);
        assertThat(rounds).containsExactly(roundId);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds until heard").isLessThan(5_000);

        Stored<Transfer> mine = first(jens);
        jens.updateTransfer(mine.id(), mine.version(), mine.value().withAmounts(Money.ofKroner(1_200_000), Money.ofKroner(400_000)));
        assertThatThrownBy(() -> mette.updateTransfer(t.id(), t.version(), t.value())).isInstanceOf(StaleDataException.class);
        assertThat(heard.poll(1500, TimeUnit.MILLISECONDS)).as("own save and a rolled back one").isNull();
    }
}
