package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import org.junit.jupiter.api.Test;

class TransferEditorViewModelTest extends ViewModelTestBase {

    @Test
    void aTypedAmountIsOnlyAPreviewUntilFinishedThenOneSavedUndoStep() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        assertThat(vm.amountProperty().get()).isEqualTo("4.500.000,00");
        vm.amountProperty().set("1.234,5");
        assertThat(vm.amountErrorProperty().get()).isNull();
        // typed, not finished: the bar previews it, the transfer and the sum keep the finished value
        assertThat(main.ceiling().previewingProperty().get()).isTrue();
        assertThat(main.ceiling().requested().valueProperty().get())
                .isEqualTo(Money.ofOere((36_684_000L - 4_500_000L) * 100 + 123_450));
        assertThat(workspace.sum().requestedTotal()).isEqualTo(Money.ofKroner(36_684_000));
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(4_500_000));
        assertThat(workspace.undoStack().canUndoProperty().get()).isFalse();
        vm.save();
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(4_500_000));

        vm.commit(TransferEditorViewModel.Field.AMOUNT);
        assertThat(main.ceiling().previewingProperty().get()).isFalse();
        assertThat(vm.amountProperty().get()).isEqualTo("1.234,50");
        assertThat(workspace.sum().requestedTotal()).isEqualTo(Money.ofOere((36_684_000L - 4_500_000L) * 100 + 123_450));
        assertThat(workspace.hasUnsaved()).isFalse();
        workspace.undo();
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(4_500_000));
        assertThat(workspace.undoStack().canUndoProperty().get()).as("one undo step for the finished value").isFalse();
        workspace.redo();
        assertThat(stored(12).amount()).isEqualTo(Money.ofOere(123_450));
    }

    @Test
    void aPrefixOfAnInvalidValueIsNeverStored() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        for (String typed : new String[] {"1", "12", "12,", "12,3", "12,34", "12,345"}) {
            vm.amountProperty().set(typed);
        }
        vm.commit(TransferEditorViewModel.Field.AMOUNT);
        assertThat(vm.amountErrorProperty().get()).isEqualTo("„12,345“ har mere end to decimaler (øre).");
        assertThat(vm.amountProperty().get()).isEqualTo("12,345");
        assertThat(main.statusProperty().get()).isEqualTo("Et felt har en ugyldig værdi, som ikke er gemt. Ret den, eller tryk Esc for at fortryde.");
        main.close();
        assertThat(stored(12).amount()).isEqualTo(Money.ofKroner(4_500_000));
    }

    @Test
    void renumberingToATakenNumberNamesTheTransferThatHasIt() {
        main.transfers().selectedProperty().set(item(11));
        TransferEditorViewModel vm = main.editor();
        vm.numberProperty().set("1");
        vm.numberProperty().set("12");
        vm.commit(TransferEditorViewModel.Field.NUMBER);
        assertThat(vm.numberErrorProperty().get()).isEqualTo("Nummer 12 er allerede brugt af overførsel 12. ESDH 2.");
        assertThat(item(11).value().number()).isEqualTo(11);
        main.close();
        assertThat(stored(11)).isNotNull();
        assertThat(stored(1)).isNull();
    }

    @Test
    void leavingATransferWithAnInvalidFieldAsksToFixOrDiscard() {
        java.util.List<Runnable> later = new java.util.ArrayList<>();
        main.setLater(later::add);
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        vm.amountProperty().set("12,345");
        dialogs.fixAnswer = true;
        main.transfers().selectedProperty().set(item(13));
        assertThat(dialogs.fixQuestions).singleElement().asString().contains("Beløb (kr.)", "overførsel 12. ESDH 2");
        later.forEach(Runnable::run);
        later.clear();
        // back on 12 with the text to fix
        assertThat(main.transfers().selectedProperty().get()).isSameAs(item(12));
        assertThat(vm.amountProperty().get()).isEqualTo("12,345");
        assertThat(vm.amountErrorProperty().get()).isNotNull();
        assertThat(vm.focusRequestProperty().get()).isEqualTo(TransferEditorViewModel.Field.AMOUNT);

        dialogs.fixAnswer = false;
        main.transfers().selectedProperty().set(item(13));
        assertThat(dialogs.fixQuestions).hasSize(2);
        assertThat(later).isEmpty();
        assertThat(vm.amountProperty().get()).isEqualTo("859.000,00");
        assertThat(vm.amountErrorProperty().get()).isNull();
        assertThat(stored(12).amount()).isEqualTo(Money.ofKroner(4_500_000));
    }

    @Test
    void leavingATransferAppliesItsValidUnfinishedValue() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        vm.amountProperty().set("5.000.000");
        main.transfers().selectedProperty().set(item(13));
        assertThat(dialogs.fixQuestions).isEmpty();
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(5_000_000));
        assertThat(stored(12).amount()).isEqualTo(Money.ofKroner(5_000_000));
    }

    @Test
    void typingInATextDuringOneVisitIsOneUndoStep() {
        main.transfers().selectedProperty().set(item(13));
        TransferEditorViewModel vm = main.editor();
        String before = vm.backgroundProperty().get();
        vm.beginVisit();
        vm.backgroundProperty().set(before + " Første");
        vm.save();
        vm.backgroundProperty().set(before + " Første pause");
        vm.save();
        vm.endVisit();
        assertThat(stored(13).background()).isEqualTo(before + " Første pause");
    }

    @Test
    void oneUndoStepPerVisitRestoresTheTextBeforeTheVisit() {
        main.transfers().selectedProperty().set(item(13));
        TransferEditorViewModel vm = main.editor();
        String before = vm.backgroundProperty().get();
        vm.beginVisit();
        vm.backgroundProperty().set(before + " a");
        vm.save();
        vm.backgroundProperty().set(before + " ab");
        vm.save();
        vm.endVisit();
        workspace.undo();
        assertThat(vm.backgroundProperty().get()).isEqualTo(before);
        assertThat(workspace.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void invalidTextGetsADanishMessageAndIsNeitherAppliedNorSaved() {
        main.transfers().selectedProperty().set(item(12));
        TransferEditorViewModel vm = main.editor();
        vm.amountProperty().set("12,345");
        vm.commit(TransferEditorViewModel.Field.AMOUNT);
        assertThat(vm.amountErrorProperty().get()).isEqualTo("„12,345“ har mere end to decimaler (øre).");
        vm.revert(TransferEditorViewModel.Field.AMOUNT);
        vm.earlyProperty().set("5.000.000");
        vm.commit(TransferEditorViewModel.Field.EARLY);
        assertThat(vm.earlyErrorProperty().get()).contains("større end beløbet");
        vm.numberProperty().set("10");
        vm.commit(TransferEditorViewModel.Field.NUMBER);
        assertThat(vm.numberErrorProperty().get()).startsWith("Nummer 10 er allerede brugt af overførsel 10.");
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
        assertThat(workspace.sum().figures(20)).as("not before it is finished").isNull();
        vm.commit(TransferEditorViewModel.Field.NUMBER);
        assertThat(workspace.sum().figures(20)).isNotNull();
        assertThat(workspace.sum().figures(16)).isNull();
        assertThat(workspace.sum().requestedTotal()).isEqualTo(Money.ofKroner(36_684_000));
        vm.save();
        assertThat(stored(20)).isNotNull();
    }
}
