package dk.overfoersel.service.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestCases;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.StaleDataException;
import dk.overfoersel.service.audit.HistoryEntry;
import dk.overfoersel.service.conflict.FieldConflict.Choice;
import dk.overfoersel.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users, each with their own connection pool, on one database: the second save of the same
 * transfer (or round) is refused, the conflict names both values and who stored theirs, and the
 * chosen result is stored on top of theirs as a new version with its audit entries.
 * {@link #database()} is the database; {@link TwoUsersOnPostgresTest} runs the same on PostgreSQL.
 */
class TwoUsersTest {

    @TempDir
    Path dir;
    CaseService jens;
    CaseService mette;
    long roundId;

    /** The database both users open (a subclass runs the suite on PostgreSQL). */
    protected dk.overfoersel.TestDatabase database() {
        return dk.overfoersel.TestDatabase.H2;
    }

    @BeforeEach
    void open() {
        String url = database().url(dir);
        jens = new CaseService(Database.open(url), session -> "jens",
                Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneId.of("Europe/Copenhagen")));
        mette = new CaseService(Database.open(url), session -> "mette",
                Clock.fixed(Instant.parse("2026-11-23T18:45:00Z"), ZoneId.of("Europe/Copenhagen")));
        roundId = jens.importCase(TestCases.small(), true);
    }

    @AfterEach
    void close() {
        mette.close();
        jens.close();
    }

    private Stored<Transfer> first(CaseService s) {
        return s.open(roundId).transfers().get(0);
    }

    private static Transfer titled(Transfer t, String title) {
        return new Transfer(t.number(), title, t.schedule(), t.amount(), t.earlyApproved(), t.background(),
                t.consequences(), t.recommendation(), t.commitments());
    }

    @Test
    void theSecondSaveOfATransferIsRefusedAndTheChoiceIsStoredOnTopOfTheirs() {
        Stored<Transfer> read = first(jens);
        Stored<Transfer> readToo = first(mette);
        Transfer base = read.value();
        // mette changes the title and the amount; jens the title and the background
        Transfer theirs = titled(readToo.value(), "Mettes titel").withAmounts(Money.ofKroner(1_200_000), Money.ofKroner(400_000));
        assertThat(mette.updateTransfer(readToo.id(), readToo.version(), theirs).version()).isEqualTo(readToo.version() + 1);
        Transfer mine = new Transfer(1, "Jens' titel", 3, base.amount(), base.earlyApproved(), "Ny baggrund",
                base.consequences(), base.recommendation(), base.commitments());

        assertThatThrownBy(() -> jens.updateTransfer(read.id(), read.version(), mine)).isInstanceOf(StaleDataException.class);
        assertThat(first(jens).value().title()).isEqualTo("Mettes titel");

        Conflict<Transfer> conflict = jens.conflicts().transfer(read.id(), base, mine);
        assertThat(conflict.theirVersion()).isEqualTo(read.version() + 1);
        Map<String, FieldConflict> byField = new HashMap<>();
        conflict.fields().forEach(f -> byField.put(f.field(), f));
        assertThat(byField).containsOnlyKeys("title", "amount", "background");
        FieldConflict title = byField.get("title");
        assertThat(title.label()).isEqualTo("Titel");
        assertThat(title.mine()).isEqualTo("Jens' titel");
        assertThat(title.theirs()).isEqualTo("Mettes titel");
        assertThat(title.bothChanged()).isTrue();
        assertThat(title.proposed()).isNull();
        assertThat(title.changedBy()).isEqualTo("mette");
        assertThat(title.changedAt().toInstant()).isEqualTo(Instant.parse("2026-11-23T18:45:00Z"));
        assertThat(byField.get("amount").mine()).isEqualTo("1.000.000,00");
        assertThat(byField.get("amount").theirs()).isEqualTo("1.200.000,00");
        assertThat(byField.get("amount").proposed()).isEqualTo(Choice.THEIRS);
        assertThat(byField.get("background").proposed()).isEqualTo(Choice.MINE);

        Map<FieldConflict, Choice> choices = new HashMap<>();
        choices.put(title, Choice.MINE);
        choices.put(byField.get("amount"), Choice.THEIRS);
        choices.put(byField.get("background"), Choice.MINE);
        Transfer merged = conflict.merge(choices);
        Stored<Transfer> stored = jens.resolveTransferConflict(read.id(), conflict.theirVersion(), merged);

        assertThat(stored.version()).isEqualTo(read.version() + 2);
        Transfer now = first(mette).value();
        assertThat(now.title()).isEqualTo("Jens' titel");
        assertThat(now.amount()).isEqualTo(Money.ofKroner(1_200_000));
        assertThat(now.background()).isEqualTo("Ny baggrund");
        List<HistoryEntry> resolved = jens.transferHistory(read.id()).stream()
                .filter(e -> e.useCase().equals("resolveConflict")).toList();
        assertThat(resolved).extracting(HistoryEntry::field).containsExactlyInAnyOrder("title", "background");
        assertThat(resolved).allSatisfy(e -> assertThat(e.user()).isEqualTo("jens"));
        assertThat(resolved).filteredOn(e -> e.field().equals("title")).singleElement()
                .satisfies(e -> assertThat(e.oldValue()).isEqualTo("Mettes titel"));
    }

    @Test
    void aResolutionOnAnOutdatedVersionIsRefusedAgain() {
        Stored<Transfer> read = first(jens);
        Stored<Transfer> m = first(mette);
        mette.updateTransfer(m.id(), m.version(), titled(m.value(), "Første ændring"));
        Transfer mine = titled(read.value(), "Jens");
        Conflict<Transfer> conflict = jens.conflicts().transfer(read.id(), read.value(), mine);
        Stored<Transfer> m2 = first(mette);
        mette.updateTransfer(m2.id(), m2.version(), titled(m2.value(), "Anden ændring"));

        Map<FieldConflict, Choice> choices = new HashMap<>();
        conflict.fields().forEach(f -> choices.put(f, Choice.MINE));
        assertThatThrownBy(() -> jens.resolveTransferConflict(read.id(), conflict.theirVersion(), conflict.merge(choices)))
                .isInstanceOf(StaleDataException.class);
        assertThat(first(jens).value().title()).isEqualTo("Anden ændring");
    }

    @Test
    void commitmentsAreComparedRowByRowAndAsAWholeListWhenTheirNumberDiffers() {
        Stored<Transfer> read = first(jens);
        Stored<Transfer> m = first(mette);
        List<Commitment> theirRows = new ArrayList<>(m.value().commitments());
        Commitment c = theirRows.get(0);
        theirRows.set(0, new Commitment(c.party(), c.description(), Money.ofKroner(20_000), CommitmentStatus.NEGOTIATING));
        mette.updateTransfer(m.id(), m.version(), m.value().withCommitments(theirRows));
        List<Commitment> myRows = new ArrayList<>(read.value().commitments());
        myRows.set(1, new Commitment("Center Syd", "Planlagt", Money.ofKroner(100_000), CommitmentStatus.PLANNED));
        Transfer mine = read.value().withCommitments(myRows);

        Conflict<Transfer> conflict = jens.conflicts().transfer(read.id(), read.value(), mine);
        assertThat(conflict.fields()).extracting(FieldConflict::label)
                .containsExactly("Aftale: beløb (række 1)", "Aftale: status (række 1)", "Aftale: part (række 2)");
        assertThat(conflict.fields()).extracting(FieldConflict::changedBy).containsExactly("mette", "mette", null); // row 2 came with the import: no entry per field
        Map<FieldConflict, Choice> choices = new HashMap<>();
        conflict.fields().forEach(f -> choices.put(f, f.proposed()));
        Transfer merged = conflict.merge(choices);
        assertThat(merged.commitments()).extracting(Commitment::party).containsExactly("Firma A/S", "Center Syd");
        assertThat(merged.commitments().get(0).amount()).isEqualTo(Money.ofKroner(20_000));
        jens.resolveTransferConflict(read.id(), conflict.theirVersion(), merged);
        assertThat(first(mette).value().commitments()).isEqualTo(merged.commitments());

        // one more row on jens' side: the lists are one field
        Stored<Transfer> again = first(mette);
        mette.updateTransfer(again.id(), again.version(), titled(again.value(), "Mette igen"));
        List<Commitment> longer = new ArrayList<>(merged.commitments());
        longer.add(new Commitment("Ny part", "Ny aftale", Money.ofKroner(5_000), CommitmentStatus.PLANNED));
        Conflict<Transfer> list = jens.conflicts().transfer(read.id(), merged, merged.withCommitments(longer));
        assertThat(list.fields()).extracting(FieldConflict::field).containsExactly("title", "list");
        assertThat(list.fields()).extracting(FieldConflict::proposed).containsExactly(Choice.THEIRS, Choice.MINE);
        assertThat(list.fields().get(1).label()).isEqualTo("Aftaler");
        assertThat(list.fields().get(1).mine()).contains("Ny part · Ny aftale · 5.000,00 · Planlagt");
    }

    @Test
    void theRoundsDetailsAndUnderspendLinesConflictFieldByField() {
        var readRound = jens.open(roundId).round();
        var metteRound = mette.open(roundId).round();
        Round r = metteRound.value();
        Round theirs = new Round(r.administration(), "Mettes udvalg", r.accountsYear(), r.budgetYear(), r.earlyDecisionDate(),
                List.of(new UnderspendLine("Mindreforbrug", Money.ofKroner(3_100_000)), r.underspendLines().get(1)));
        mette.updateRound(roundId, metteRound.version(), theirs);
        Round b = readRound.value();
        Round mine = new Round(b.administration(), "Jens' udvalg", b.accountsYear(), b.budgetYear(), b.earlyDecisionDate(),
                b.underspendLines());
        assertThatThrownBy(() -> jens.updateRound(roundId, readRound.version(), mine)).isInstanceOf(StaleDataException.class);

        Conflict<Round> conflict = jens.conflicts().round(roundId, b, mine);
        assertThat(conflict.fields()).extracting(FieldConflict::label)
                .containsExactly("Udvalg", "Mindreforbrug: beløb (række 1)");
        Map<FieldConflict, Choice> choices = new HashMap<>();
        choices.put(conflict.fields().get(0), Choice.MINE);
        choices.put(conflict.fields().get(1), conflict.fields().get(1).proposed());
        int version = jens.resolveRoundConflict(roundId, conflict.theirVersion(), conflict.merge(choices));

        assertThat(version).isEqualTo(readRound.version() + 2);
        Round now = mette.open(roundId).round().value();
        assertThat(now.committee()).isEqualTo("Jens' udvalg");
        assertThat(now.netUnderspend()).isEqualTo(Money.ofKroner(2_600_000));
    }
}
