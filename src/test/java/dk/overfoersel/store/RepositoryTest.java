package dk.overfoersel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestCases;
import dk.overfoersel.TestDatabase;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On H2; {@link RepositoryOnPostgresTest} runs the same on PostgreSQL. */
class RepositoryTest {

    @TempDir
    Path dir;
    Database db;
    String url;

    /** The database these tests run on. */
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @BeforeEach
    void open() {
        url = database().url(dir);
        db = Database.open(url);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long store(TransferCase c) {
        return db.inTransaction(dsl -> {
            long id = new RoundRepository(dsl).insert(c.round());
            c.transfers().forEach(t -> new TransferRepository(dsl).insert(id, t));
            return id;
        });
    }

    @Test
    void roundAndTransfersComeBackExactlyAsStored() {
        TransferCase original = TestCases.small();
        long id = store(original);

        var round = db.inTransaction(dsl -> new RoundRepository(dsl).load(id)).orElseThrow();
        var transfers = db.inTransaction(dsl -> new TransferRepository(dsl).list(id));

        assertThat(round.value()).isEqualTo(original.round());
        assertThat(round.version()).isEqualTo(1);
        assertThat(transfers).extracting(Stored::value).containsExactlyElementsOf(original.transfers());
        assertThat(transfers.get(0).value().commitments().get(0).amount()).isEqualTo(Money.ofOere(12_345_67L));
        assertThat(transfers.get(1).value().amount()).isEqualTo(Money.ofOere(5_000_050L));
    }

    @Test
    void listsRoundsWithTheirTransferCount() {
        long id = store(TestCases.small());
        List<RoundInfo> rounds = db.inTransaction(dsl -> new RoundRepository(dsl).list());
        assertThat(rounds).containsExactly(new RoundInfo(id, "Testforvaltningen", "Testudvalget", 2020, 2021, 2));
        Optional<Long> found = db.inTransaction(dsl -> new RoundRepository(dsl).findId("Testforvaltningen", 2020));
        Optional<Long> notFound = db.inTransaction(dsl -> new RoundRepository(dsl).findId("Testforvaltningen", 2019));
        assertThat(found).contains(id);
        assertThat(notFound).isEmpty();
    }

    @Test
    void optimisticLockingBumpsTheVersionAndRefusesAStaleWrite() {
        long id = store(TestCases.small());
        Stored<Transfer> first = db.inTransaction(dsl -> new TransferRepository(dsl).list(id)).get(0);
        assertThat(first.version()).isEqualTo(1);

        Transfer edited = first.value().withAmounts(Money.ofKroner(2_000_000), Money.ofKroner(400_000));
        Stored<Transfer> saved = db.inTransaction(dsl -> new TransferRepository(dsl).update(first.id(), 1, edited));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(db.inTransaction(dsl -> new TransferRepository(dsl).load(first.id())).orElseThrow())
                .isEqualTo(new Stored<>(first.id(), 2, edited));

        assertThatThrownBy(() -> db.inTransaction(dsl -> new TransferRepository(dsl).update(first.id(), 1, first.value())))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("ændret af en anden");
        assertThat(db.inTransaction(dsl -> new TransferRepository(dsl).load(first.id())).orElseThrow().value()).isEqualTo(edited);

        var round = db.inTransaction(dsl -> new RoundRepository(dsl).load(id)).orElseThrow();
        int v = db.inTransaction(dsl -> new RoundRepository(dsl).update(id, round.version(), round.value()));
        assertThat(v).isEqualTo(2);
        assertThatThrownBy(() -> db.inTransaction(dsl -> new RoundRepository(dsl).update(id, 1, round.value())))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aFailingTransactionLeavesNothingBehind() {
        TransferCase c = TestCases.small();
        assertThatThrownBy(() -> db.inTransaction(dsl -> {
            long id = new RoundRepository(dsl).insert(c.round());
            new TransferRepository(dsl).insert(id, c.transfers().get(0));
            new TransferRepository(dsl).insert(id, c.transfers().get(0)); // duplicate number
            return id;
        })).isInstanceOf(RuntimeException.class);
        List<RoundInfo> rounds = db.inTransaction(dsl -> new RoundRepository(dsl).list());
        assertThat(rounds).isEmpty();
    }

    @Test
    void dataSurvivesReopening() {
        long id = store(TestCases.small());
        db.close();
        db = Database.open(url);
        List<Stored<Transfer>> transfers = db.inTransaction(dsl -> new TransferRepository(dsl).list(id));
        assertThat(transfers).hasSize(2);
    }
}
