package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import org.junit.jupiter.api.Test;

class TransferEditorViewModelTest extends ViewModelTestBase {

    @Test
    void validAmountGoesToTheSumAtOnceAndIsSavedOnSave() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        assertThat(vm.amountProperty().get()).isEqualTo("4.500.000,00");
        vm.amountProperty().set("1.234,5");
        assertThat(vm.amountErrorProperty().get()).isNull();
        assertThat(workspace.sum().requestedTotal()).isEqualTo(Money.ofOere((36_684_000L - 4_500_000L) * 100 + 123_450));
        assertThat(workspace.hasUnsaved()).isTrue();
        vm.save();
        assertThat(workspace.hasUnsaved()).isFalse();
        assertThat(stored(12).amount()).isEqualTo(Money.ofOere(123_450));
    }

    @Test
    void invalidTextGetsADanishMessageAndIsNeitherAppliedNorSaved() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        vm.amountProperty().set("12,345");
        assertThat(vm.amountErrorProperty().get()).isEqualTo("„12,345“ har mere end to decimaler (øre).");
        vm.earlyProperty().set("5.000.000");
        assertThat(vm.earlyErrorProperty().get()).contains("større end beløbet");
        vm.numberProperty().set("10");
        assertThat(vm.numberErrorProperty().get()).isEqualTo("Nummer 10 er allerede brugt i runden.");
        vm.titleProperty().set(" ");
        assertThat(vm.titleErrorProperty().get()).isEqualTo("Titlen skal udfyldes.");
        vm.save();
        assertThat(workspace.hasUnsaved()).isFalse();
        assertThat(stored(12).amount()).isEqualTo(Money.ofKroner(4_500_000));
        assertThat(stored(12).earlyApproved()).isEqualTo(Money.ZERO);
        assertThat(stored(12).title()).isEqualTo("ESDH 2");
    }

    @Test
    void wordCountsAndTheMissingConsequencesMarker() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        assertThat(vm.missingConsequencesProperty().get()).isFalse();
        vm.consequencesProperty().set("");
        assertThat(vm.missingConsequencesProperty().get()).isTrue();
        assertThat(vm.consequencesWordsProperty().get()).isEqualTo("0 ord");
        vm.consequencesProperty().set("Tre små ord");
        assertThat(vm.consequencesWordsProperty().get()).isEqualTo("3 ord");
        assertThat(vm.missingConsequencesProperty().get()).isFalse();
        vm.scheduleProperty().set(2);
        vm.consequencesProperty().set("");
        assertThat(vm.missingConsequencesProperty().get()).isFalse();
    }

    @Test
    void undoAndRedoOfASavedEditReloadTheEditor() {
        main.transfers().selectedProperty().set(item(13));
        TransferEditorViewModel vm = main.editor();
        vm.titleProperty().set("Tilgængelighed");
        vm.save();
        workspace.undo();
        assertThat(vm.titleProperty().get()).isEqualTo("Handicaptilgængelighed på de to øvrige jobcentre");
        workspace.redo();
        assertThat(vm.titleProperty().get()).isEqualTo("Tilgængelighed");
        assertThat(stored(13).title()).isEqualTo("Tilgængelighed");
    }

    @Test
    void renumberingKeepsTheSumRight() {
        main.transfers().selectedProperty().set(item(16));
        TransferEditorViewModel vm = main.editor();
        vm.numberProperty().set("20");
        assertThat(vm.numberErrorProperty().get()).isNull();
        assertThat(workspace.sum().figures(20)).isNotNull();
        assertThat(workspace.sum().figures(16)).isNull();
        assertThat(workspace.sum().requestedTotal()).isEqualTo(Money.ofKroner(36_684_000));
        vm.save();
        assertThat(stored(20)).isNotNull();
    }
}
