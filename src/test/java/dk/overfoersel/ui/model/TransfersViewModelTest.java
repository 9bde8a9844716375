package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransfersViewModelTest extends ViewModelTestBase {

    @Test
    void searchesNumberTitleAndTextsAndFiltersBySchedule() {
        TransfersViewModel vm = main.transfers();
        assertThat(vm.shown()).hasSize(7);
        vm.searchProperty().set("esdh");
        assertThat(vm.shown()).extracting(i -> i.value().number()).containsExactly(12);
        vm.searchProperty().set("13");
        assertThat(vm.shown()).extracting(i -> i.value().number()).containsExactly(13);
        vm.searchProperty().set("");
        vm.scheduleFilterProperty().set(2);
        assertThat(vm.shown()).isEmpty();
        assertThat(vm.countProperty().get()).isEqualTo("0 af 7 overførsler");
        vm.scheduleFilterProperty().set(3);
        assertThat(vm.shown()).hasSize(7);
        assertThat(vm.totalsProperty().get()).isEqualTo(
                "I alt, mio. kr.: beløb 36,684 · tidligt 25,739 · underskrevet 15,000 · under forhandling 3,200 · ikke bundet 18,484");
    }

    @Test
    void addDuplicateDeleteAndUndo() {
        TransfersViewModel vm = main.transfers();
        TransferItem added = vm.add();
        assertThat(added.value().number()).isEqualTo(17);
        assertThat(vm.selectedProperty().get()).isSameAs(added);
        vm.selectedProperty().set(item(10));
        TransferItem copy = vm.duplicate();
        assertThat(copy.value().number()).isEqualTo(18);
        assertThat(copy.value().commitments()).hasSize(3);
        assertThat(workspace.sum().requestedTotal().oere()).isEqualTo((36_684_000L + 15_739_000L) * 100);

        vm.selectedProperty().set(copy);
        dialogs.confirmAnswer = false;
        assertThat(vm.delete()).isFalse();
        dialogs.confirmAnswer = true;
        assertThat(vm.delete()).isTrue();
        assertThat(workspace.transfers()).hasSize(8);
        workspace.undo();
        assertThat(workspace.transfers()).hasSize(9);
        assertThat(errors).isEmpty();
        // the undone deletion is stored again, whole (a bare isNotNull would pass on any transfer 18)
        dk.overfoersel.domain.Transfer back = stored(18);
        assertThat(back).isNotNull();
        assertThat(back.commitments()).hasSize(3);
        assertThat(back.amount()).isEqualTo(dk.overfoersel.domain.Money.ofKroner(15_739_000));
    }

    @Test
    void anAddedTransferCanBeEditedAndSaved() {
        TransferItem added = main.transfers().add();
        main.editor().titleProperty().set("Ny aftale");
        main.editor().amountProperty().set("100.000");
        main.editor().commit(TransferEditorViewModel.Field.AMOUNT);
        main.editor().recommendationProperty().set("Anbefales.");
        main.editor().save();
        assertThat(errors).isEmpty();
        assertThat(added.value().title()).isEqualTo("Ny aftale");
        dk.overfoersel.domain.Transfer stored = stored(17);
        assertThat(stored.recommendation()).isEqualTo("Anbefales.");
        assertThat(stored.amount()).isEqualTo(dk.overfoersel.domain.Money.ofKroner(100_000));
    }
}
