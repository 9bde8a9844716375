package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.CommitmentStatus;
import org.junit.jupiter.api.Test;

class CommitmentsViewModelTest extends ViewModelTestBase {

    @Test
    void transferTenShowsItsFiguresAndTheWarning() {
        main.transfers().selectedProperty().set(item(10));
        CommitmentsViewModel vm = main.commitments();
        assertThat(vm.commitments()).hasSize(3);
        assertThat(vm.committedProperty().get()).isEqualTo("7.700.000,00 kr.");
        assertThat(vm.pendingProperty().get()).isEqualTo("3.200.000,00 kr.");
        assertThat(vm.plannedProperty().get()).isEqualTo("4.900.000,00 kr.");
        assertThat(vm.uncommittedProperty().get()).isEqualTo("4.839.000,00 kr.");
        assertThat(vm.exceedsProperty().get()).isTrue();
        assertThat(vm.exceedWarningProperty().get()).contains("61.000,00 kr.");
    }

    @Test
    void addEditAndRemoveAreSavedAndUndoable() {
        main.transfers().selectedProperty().set(item(12));
        CommitmentsViewModel vm = main.commitments();
        vm.newPartyProperty().set("Leverandør");
        vm.newAmountProperty().set("abc");
        assertThat(vm.add()).isFalse();
        assertThat(vm.messageProperty().get()).contains("„abc“ er ikke et beløb");
        vm.newAmountProperty().set("1.000.000");
        assertThat(vm.add()).isTrue();
        assertThat(vm.committedProperty().get()).isEqualTo("1.000.000,00 kr.");
        assertThat(vm.uncommittedProperty().get()).isEqualTo("3.500.000,00 kr.");
        assertThat(vm.setStatus(0, CommitmentStatus.PLANNED)).isTrue();
        assertThat(vm.committedProperty().get()).isEqualTo("0,00 kr.");
        assertThat(vm.uncommittedProperty().get()).isEqualTo("4.500.000,00 kr.");
        assertThat(vm.setAmount(0, "0")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Aftalens beløb skal være større end 0.");
        assertThat(vm.setParty(0, "")).isFalse();
        assertThat(vm.setAmount(0, "5.000.000")).isTrue();
        assertThat(vm.exceedsProperty().get()).isTrue();
        workspace.undo();
        assertThat(vm.exceedsProperty().get()).isFalse();
        assertThat(stored(12).commitments()).hasSize(1);
    }
}
