package dk.overfoersel.service.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.PostgresServer;
import dk.overfoersel.TestCases;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** LISTEN/NOTIFY through the HikariCP pool on a real PostgreSQL: one program hears the other's committed save. */
class ListenOnPostgresTest {

    @Test
    void aCommittedSaveOfOneProgramIsHeardByTheOther() throws Exception {
        String url = PostgresServer.freshUrl();
        try (CaseService mine = new CaseService(Database.open(url));
             CaseService theirs = new CaseService(Database.open(url))) {
            LinkedBlockingQueue<Set<Long>> heard = new LinkedBlockingQueue<>();
            mine.onOtherChanges(heard::add);
            long round = theirs.importCase(TestCases.small(), false);

            Set<Long> rounds = heard.poll(10, TimeUnit.SECONDS);
            assertThat(rounds).containsExactly(round);
        }
    }
}
