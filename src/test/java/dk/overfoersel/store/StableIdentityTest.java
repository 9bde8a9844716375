package dk.overfoersel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestCases;
import dk.overfoersel.TestDatabase;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.UnderspendLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Child rows keep their ids across saves: updated in place, new ones inserted, removed ones deleted. */
class StableIdentityTest {

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
    Database db;
    long roundId;
    Stored<Transfer> first;

    @BeforeEach
    void open() {
        db = Database.open(url());
        var c = TestCases.small();
        roundId = db.inTransaction(dsl -> new RoundRepository(dsl).insert(c.round()));
        first = db.inTransaction(dsl -> new TransferRepository(dsl).insert(roundId, c.transfers().get(0)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Stored<Commitment>> commitments() {
        return db.inTransaction(dsl -> new TransferRepository(dsl).commitmentRows(first.id()));
    }

    private void save(List<Commitment> list) {
        int version = db.inTransaction(dsl -> new TransferRepository(dsl).load(first.id()).orElseThrow().version());
        db.inTransaction(dsl -> new TransferRepository(dsl).update(first.id(), version, first.value().withCommitments(list)));
    }

    @Test
    void editingACommitmentUpdatesItsRowInPlace() {
        var before = commitments();
        List<Commitment> list = new ArrayList<>(first.value().commitments());
        Commitment second = list.get(1);
        list.set(1, new Commitment(second.party(), second.description(), Money.ofKroner(7), second.status()));
        save(list);

        var after = commitments();
        assertThat(after).extracting(Stored::id).containsExactly(before.get(0).id(), before.get(1).id());
        assertThat(after).extracting(Stored::version).containsExactly(1, 2);
        assertThat(after.get(1).value().amount()).isEqualTo(Money.ofKroner(7));
    }

    @Test
    void removingTheFirstKeepsTheOthersIdsAndAddingInsertsOneRow() {
        var before = commitments();
        List<Commitment> list = new ArrayList<>(first.value().commitments());
        list.remove(0);
        Commitment added = new Commitment("Ny part", "", Money.ofKroner(5), CommitmentStatus.PLANNED);
        list.add(added);
        save(list);

        var after = commitments();
        assertThat(after).hasSize(2);
        assertThat(after.get(0).id()).isEqualTo(before.get(1).id());
        assertThat(after.get(0).version()).isEqualTo(1);
        assertThat(after.get(1).id()).isNotIn(before.get(0).id(), before.get(1).id());
        assertThat(after).extracting(Stored::value).containsExactlyElementsOf(list);
    }

    @Test
    void swappingTwoCommitmentsMovesTheRowsWithoutBreakingTheLineNumbers() {
        var before = commitments();
        List<Commitment> list = new ArrayList<>(first.value().commitments());
        java.util.Collections.reverse(list);
        save(list);
        var after = commitments();
        assertThat(after).extracting(Stored::id).containsExactly(before.get(1).id(), before.get(0).id());
        assertThat(after).extracting(Stored::value).containsExactlyElementsOf(list);
    }

    @Test
    void underspendLinesKeepTheirIdsWhenOneIsEdited() {
        var before = db.inTransaction(dsl -> new RoundRepository(dsl).lineRows(roundId));
        var round = db.inTransaction(dsl -> new RoundRepository(dsl).load(roundId)).orElseThrow();
        List<UnderspendLine> lines = new ArrayList<>(round.value().underspendLines());
        lines.set(0, new UnderspendLine("Mindreforbrug i alt", lines.get(0).amount()));
        db.inTransaction(dsl -> new RoundRepository(dsl).update(roundId, round.version(), round.value().withUnderspendLines(lines)));

        var after = db.inTransaction(dsl -> new RoundRepository(dsl).lineRows(roundId));
        assertThat(after).extracting(Stored::id).containsExactly(before.get(0).id(), before.get(1).id());
        assertThat(after.get(0).value().text()).isEqualTo("Mindreforbrug i alt");
        assertThat(after).extracting(Stored::version).containsExactly(2, 1);
    }

    @Test
    void aDeletedTransferCanBeRestoredUnderItsOldId() {
        db.inTransaction(dsl -> new TransferRepository(dsl).delete(first.id()));
        db.inTransaction(dsl -> new TransferRepository(dsl).restore(first.id(), roundId, first.value()));
        var back = db.inTransaction(dsl -> new TransferRepository(dsl).load(first.id())).orElseThrow();
        assertThat(back.value()).isEqualTo(first.value());
        // a transfer added afterwards still gets a fresh id
        var next = db.inTransaction(dsl -> new TransferRepository(dsl).insert(roundId, TestCases.small().transfers().get(1)));
        assertThat(next.id()).isGreaterThan(first.id());
    }
}
