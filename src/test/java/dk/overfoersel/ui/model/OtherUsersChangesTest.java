package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Other users' changes reach the open window: a second user (her own connection pool on the same H2 file)
 * saves; the write path's announcement reaches the workspace's subscription after her commit (on H2 within
 * the program, on PostgreSQL by NOTIFY), and the workspace takes the change in
 * ({@link Workspace#refreshFromOthers()}) without touching what the user is editing.
 */
class OtherUsersChangesTest extends ViewModelTestBase {

    CaseService mette;

    @BeforeEach
    void secondUser() {
        mette = new CaseService(Database.open(services().url(db())), session -> "mette", Clock.systemDefaultZone());
    }

    @AfterEach
    void closeSecondUser() {
        mette.close();
    }

    private Stored<Transfer> mettes(int number) {
        return mette.open(workspace.roundId()).transfers().stream().filter(t -> t.value().number() == number)
                .findFirst().orElseThrow();
    }

    @Test
    void changedAddedAndDeletedTransfersAndTheTotalsAreTakenIn() {
        Stored<Transfer> t13 = mettes(13);
        mette.updateTransfer(t13.id(), t13.version(), t13.value().withAmounts(Money.ofKroner(900_000), Money.ZERO));
        mette.deleteTransfer(mettes(14).id());
        mette.addTransfer(workspace.roundId(), new Transfer(40, "Mettes nye", 3, Money.ofKroner(10_000), Money.ZERO,
                "", "", "", List.of()));
        Round r = workspace.roundProperty().get();
        var round = mette.open(workspace.roundId()).round();
        mette.updateRound(workspace.roundId(), round.version(), new Round(r.administration(), "Mettes udvalg",
                r.accountsYear(), r.budgetYear(), r.earlyDecisionDate(), r.underspendLines()));
        // no call from the test: each of her saves was announced and taken in

        assertThat(item(13).value().amount()).isEqualTo(Money.ofKroner(900_000));
        assertThat(workspace.transfers()).extracting(t -> t.value().number()).doesNotContain(14).contains(40);
        assertThat(workspace.roundProperty().get().committee()).isEqualTo("Mettes udvalg");
        assertThat(workspace.sum().requestedTotal()).isEqualTo(mette.summary(workspace.roundId()).requestedTotal());
        assertThat(main.statusProperty().get()).contains("Ændringer fra andre brugere er hentet.");
        // the window saves on top of the versions it took in: no conflict, no error
        workspace.changeTransfer(item(13), item(13).value().withAmounts(Money.ofKroner(950_000), Money.ZERO));
        workspace.saveDirty();
        assertThat(workspace.conflicts()).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(mettes(13).value().amount()).isEqualTo(Money.ofKroner(950_000));
    }

    @Test
    void aTransferWithUnsavedEditsKeepsThemAndItsSaveOffersTheConflict() {
        TransferItem t12 = item(12);
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(4_600_000), Money.ZERO)); // not saved yet
        Stored<Transfer> m = mettes(12);
        mette.updateTransfer(m.id(), m.version(), m.value().withAmounts(Money.ofKroner(4_700_000), Money.ZERO));

        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(4_600_000));
        assertThat(main.statusProperty().get()).contains("Ændret af en anden bruger, mens du retter: 12.");
        workspace.saveDirty();
        assertThat(workspace.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.rows().get(0).mine()).isEqualTo("4.600.000,00");
            assertThat(c.rows().get(0).theirs()).isEqualTo("4.700.000,00");
        });
    }

    @Test
    void aTextBeingTypedIsNotReplaced() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel editor = main.editor();
        editor.beginVisit();
        editor.titleProperty().set("ESDH 2 – mens jeg skriv");
        editor.save(); // saved on a pause in typing; the field still has the focus
        assertThat(workspace.hasUnsaved()).isFalse();
        Stored<Transfer> m = mettes(12);
        mette.updateTransfer(m.id(), m.version(), m.value().withAmounts(Money.ofKroner(4_700_000), Money.ZERO));
        assertThat(editor.titleProperty().get()).isEqualTo("ESDH 2 – mens jeg skriv");
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(4_500_000));
    }

    @Test
    void anUnfinishedOrInvalidValueInTheEditorIsNotReplaced() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel editor = main.editor();
        editor.amountProperty().set("12,345"); // invalid, not finished
        Stored<Transfer> m = mettes(12);
        mette.updateTransfer(m.id(), m.version(), m.value().withAmounts(Money.ofKroner(4_700_000), Money.ZERO));

        assertThat(editor.amountProperty().get()).isEqualTo("12,345");
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(4_500_000));
        assertThat(main.statusProperty().get()).contains("12.");

        // once the value is given up (Esc) the next refresh takes their value in
        editor.revert(TransferEditorViewModel.Field.AMOUNT);
        workspace.refreshFromOthers();
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(4_700_000));
        assertThat(editor.amountProperty().get()).isEqualTo("4.700.000,00");
    }

    @Test
    void theSelectedTransferChangedByAnotherIsReadWholeAgainWithTheirTexts() {
        TransferItem t12 = workspace.transfers().stream().filter(t -> t.value().number() == 12).findFirst().orElseThrow();
        main.transfers().selectedProperty().set(t12);
        assertThat(main.editingProperty().get()).isSameAs(t12);
        Stored<Transfer> theirs = mettes(12);
        Transfer v = theirs.value();
        mette.updateTransfer(theirs.id(), theirs.version(), new Transfer(v.number(), v.title(), v.schedule(), v.amount(),
                v.earlyApproved(), "Mettes nye baggrund", v.consequences(), v.recommendation(), v.commitments()));

        // taken in as table columns (not whole), and read whole again because it is selected
        assertThat(t12.isComplete()).isTrue();
        assertThat(main.editingProperty().get()).isSameAs(t12);
        assertThat(main.editor().backgroundProperty().get()).isEqualTo("Mettes nye baggrund");
        assertThat(t12.value().consequences()).isEqualTo(v.consequences());
        main.editor().backgroundProperty().set("Min baggrund");
        workspace.saveDirty();
        assertThat(errors).isEmpty();
        assertThat(mettes(12).value().background()).isEqualTo("Min baggrund");
        assertThat(mettes(12).value().consequences()).isEqualTo(v.consequences());
    }
}
