package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.audit.HistoryEntry;
import dk.overfoersel.service.conflict.FieldConflict.Choice;
import dk.overfoersel.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's side of two users: a save refused because another user (a second connection pool on the
 * same database) stored the transfer meanwhile offers the conflict; nothing is discarded before the
 * user chooses, and the choice is stored on top of theirs as one undo step.
 */
class ConflictViewModelTest extends ViewModelTestBase {

    CaseService mette;

    @BeforeEach
    void secondUser() {
        mette = new CaseService(Database.open(services().url(db())), session -> "mette",
                Clock.fixed(Instant.parse("2026-11-23T18:45:00Z"), ZoneId.of("Europe/Copenhagen")));
    }

    @AfterEach
    void closeSecondUser() {
        mette.close();
    }

    private Stored<Transfer> mettes(int number) {
        return mette.open(workspace.roundId()).transfers().stream().filter(t -> t.value().number() == number)
                .findFirst().orElseThrow();
    }

    private static Transfer titled(Transfer t, String title) {
        return new Transfer(t.number(), title, t.schedule(), t.amount(), t.earlyApproved(), t.background(),
                t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts());
    }

    /**
     * This window changes transfer 12's title and background (not saved yet); meanwhile Mette stores its title
     * and amount (her change reaches the window, which keeps its unsaved edits); then the window saves.
     */
    private ConflictViewModel conflictOn12() {
        TransferItem t12 = item(12);
        Transfer mine = titled(t12.value(), "Min titel");
        mine = new Transfer(mine.number(), mine.title(), mine.schedule(), mine.amount(), mine.earlyApproved(), "Min baggrund",
                mine.consequences(), mine.recommendation(), mine.commitments());
        workspace.changeTransfer(t12, mine);
        Stored<Transfer> m = mettes(12);
        mette.updateTransfer(m.id(), m.version(),
                titled(m.value(), "Mettes titel").withAmounts(Money.ofKroner(5_000_000), m.value().earlyApproved()));
        assertThat(item(12).value().title()).isEqualTo("Min titel");
        workspace.saveDirty();
        assertThat(workspace.conflicts()).hasSize(1);
        return workspace.conflicts().get(0);
    }

    @Test
    void aRefusedSaveShowsBothValuesPerFieldAndKeepsMineUntilTheUserChooses() {
        ConflictViewModel vm = conflictOn12();

        assertThat(errors).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo("Ændret af en anden: overførsel 12 „Min titel“");
        assertThat(vm.rows()).extracting(ConflictViewModel.Row::label).containsExactly("Titel", "Beløb", "Baggrund");
        ConflictViewModel.Row title = vm.rows().get(0);
        assertThat(title.mine()).isEqualTo("Min titel");
        assertThat(title.theirs()).isEqualTo("Mettes titel");
        assertThat(title.changedBy()).startsWith("mette, 23.11.2026 ");
        assertThat(title.choiceProperty().get()).isNull();
        assertThat(vm.rows().get(1).choiceProperty().get()).isEqualTo(Choice.THEIRS);
        assertThat(vm.rows().get(2).choiceProperty().get()).isEqualTo(Choice.MINE);
        // the window keeps my value; the database keeps theirs
        assertThat(item(12).value().title()).isEqualTo("Min titel");
        assertThat(mettes(12).value().title()).isEqualTo("Mettes titel");

        vm.apply(); // the title has no choice yet
        assertThat(vm.messageProperty().get()).contains("Behold min").contains("Tag deres");
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(mettes(12).value().title()).isEqualTo("Mettes titel");

        // more edits of the transfer wait for the choice (they are not saved over theirs)
        workspace.saveDirty();
        assertThat(mettes(12).value().background()).isNotEqualTo("Min baggrund");
    }

    @Test
    void theChoiceIsStoredOnTopOfTheirsAsOneUndoStepAndAudited() {
        ConflictViewModel vm = conflictOn12();
        int versionBefore = mettes(12).version();
        vm.keepMine(vm.rows().get(0));
        vm.apply();

        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(workspace.conflicts()).isEmpty();
        Stored<Transfer> stored = mettes(12);
        assertThat(stored.version()).isEqualTo(versionBefore + 1);
        assertThat(stored.value().title()).isEqualTo("Min titel");
        assertThat(stored.value().amount()).isEqualTo(Money.ofKroner(5_000_000));
        assertThat(stored.value().background()).isEqualTo("Min baggrund");
        assertThat(item(12).value()).isEqualTo(titled(stored.value(), "Min titel").withImages(item(12).value().images()));
        assertThat(workspace.sum().requestedTotal()).isEqualTo(mette.summary(workspace.roundId()).requestedTotal());
        assertThat(mette.transferHistory(stored.id()).stream().filter(e -> e.useCase().equals("resolveConflict")))
                .extracting(HistoryEntry::field).containsExactlyInAnyOrder("title", "background");

        workspace.undo(); // one step: back to their value
        Transfer back = mettes(12).value();
        assertThat(back.title()).isEqualTo("Mettes titel");
        assertThat(back.background()).isNotEqualTo("Min baggrund");
        assertThat(back.amount()).isEqualTo(Money.ofKroner(5_000_000));
    }

    @Test
    void takeAllTheirsDropsMyValuesOnlyWhenChosen() {
        ConflictViewModel vm = conflictOn12();
        vm.takeAllTheirs();
        vm.apply();
        assertThat(item(12).value().title()).isEqualTo("Mettes titel");
        assertThat(item(12).value().background()).isEqualTo(mettes(12).value().background());
        assertThat(errors).isEmpty();
    }

    @Test
    void aCombinationThatBreaksARuleKeepsTheDialogOpenWithTheMessage() {
        TransferItem t12 = item(12);
        Transfer t = t12.value();
        workspace.changeTransfer(t12, t.withAmounts(t.amount(), Money.ofKroner(1_000_000)));
        Stored<Transfer> m = mettes(12);
        mette.updateTransfer(m.id(), m.version(), m.value().withAmounts(Money.ofKroner(100_000), Money.ZERO));
        workspace.saveDirty();
        ConflictViewModel vm = workspace.conflicts().get(0);
        vm.takeTheirs(vm.rows().get(0)); // their amount 100.000 …
        vm.keepMine(vm.rows().get(1)); // … with my early part 1.000.000
        vm.apply();
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Valget kan ikke gemmes");
        vm.keepAllMine();
        vm.apply();
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(mettes(12).value().earlyApproved()).isEqualTo(Money.ofKroner(1_000_000));
    }

    @Test
    void theRoundsDetailsConflictToo() {
        Round mine = workspace.roundProperty().get();
        workspace.changeRound(new Round(mine.administration(), "Mit udvalg", mine.accountsYear(), mine.budgetYear(),
                mine.earlyDecisionDate(), mine.underspendLines()));
        var stored = mette.open(workspace.roundId()).round();
        Round r = stored.value();
        mette.updateRound(workspace.roundId(), stored.version(), new Round(r.administration(), "Mettes udvalg",
                r.accountsYear(), r.budgetYear(), r.earlyDecisionDate(), r.underspendLines()));
        workspace.saveDirty();

        ConflictViewModel vm = workspace.conflicts().get(0);
        assertThat(vm.rows()).extracting(ConflictViewModel.Row::label).containsExactly("Udvalg");
        assertThat(vm.rows().get(0).theirs()).isEqualTo("Mettes udvalg");
        vm.keepAllMine();
        vm.apply();
        assertThat(mette.open(workspace.roundId()).round().value().committee()).isEqualTo("Mit udvalg");
        assertThat(mette.open(workspace.roundId()).round().version()).isEqualTo(stored.version() + 2);
    }
}
