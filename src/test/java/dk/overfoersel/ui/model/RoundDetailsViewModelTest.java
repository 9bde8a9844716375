package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.service.CaseService;
import org.junit.jupiter.api.Test;

class RoundDetailsViewModelTest extends ViewModelTestBase {

    @Test
    void showsTheRoundAndItsNetUnderspend() {
        RoundDetailsViewModel vm = main.roundDetails();
        assertThat(vm.administrationProperty().get()).isEqualTo("Beskæftigelses- og Integrationsforvaltningen");
        assertThat(vm.accountsYearProperty().get()).isEqualTo("2008");
        assertThat(vm.lines()).hasSize(8);
        assertThat(vm.netSumProperty().get()).isEqualTo("Nettomindreforbrug: 23.400.000,00 kr. (23,4 mio. kr.)");
    }

    @Test
    void editingALineMovesTheCeilingAndIsSaved() {
        RoundDetailsViewModel vm = main.roundDetails();
        assertThat(vm.setLineAmount(7, "-10.300.000")).isTrue();
        assertThat(workspace.sum().ceiling()).isEqualTo(Money.ofKroner(48_139_000));
        assertThat(main.ceiling().ceiling().textProperty().get()).isEqualTo("48,1 mio. kr.");
        assertThat(vm.setLineAmount(7, "1,2,3")).isFalse();
        assertThat(vm.messageProperty().get()).contains("1,2,3");
        assertThat(workspace.sum().ceiling()).isEqualTo(Money.ofKroner(48_139_000));
        vm.newLineTextProperty().set("Ny linje");
        vm.newLineAmountProperty().set("1.000.000");
        assertThat(vm.addLine()).isTrue();
        assertThat(vm.lines()).hasSize(9);
        assertThat(workspace.sum().ceiling()).isEqualTo(Money.ofKroner(49_139_000));
        workspace.undo();
        assertThat(vm.lines()).hasSize(8);
        workspace.close();
        try (CaseService s = services().open(db())) {
            assertThat(s.load(s.resolveRound(null)).round().netUnderspend()).isEqualTo(Money.ofKroner(22_400_000));
        }
    }

    @Test
    void invalidYearsAreNotApplied() {
        RoundDetailsViewModel vm = main.roundDetails();
        vm.budgetYearProperty().set("2007");
        assertThat(vm.messageProperty().get()).isEqualTo("Budgetåret 2007 skal ligge efter regnskabsåret 2008.");
        vm.budgetYearProperty().set("20x9");
        assertThat(vm.messageProperty().get()).contains("ikke et årstal");
        assertThat(workspace.roundProperty().get().budgetYear()).isEqualTo(2009);
        vm.commit();
        assertThat(workspace.roundProperty().get().budgetYear()).isEqualTo(2009);
        assertThat(vm.invalidProperty().get()).isTrue();
        vm.committeeProperty().set("Udvalget");
        assertThat(workspace.roundProperty().get().committee()).as("not before it is finished").isNotEqualTo("Udvalget");
        vm.budgetYearProperty().set("2009");
        vm.commit();
        assertThat(main.titleProperty().get()).contains("2008", "2009");
        assertThat(workspace.roundProperty().get().committee()).isEqualTo("Udvalget");
    }

    @Test
    void aDateThatDoesNotExistIsAnErrorAndNotStored() {
        RoundDetailsViewModel vm = main.roundDetails();
        java.time.LocalDate before = workspace.roundProperty().get().earlyDecisionDate();
        vm.dateNotValid("31.02.2008");
        assertThat(vm.messageProperty().get()).isEqualTo("„31.02.2008“ er ikke en dato (skriv dd.mm.åååå, fx 27.11.2008).");
        vm.committeeProperty().set("Udvalget");
        vm.commit();
        assertThat(main.statusProperty().get()).startsWith("Et felt har en ugyldig værdi");
        main.close();
        try (CaseService s = services().open(db())) {
            var stored = s.load(s.resolveRound(null)).round();
            assertThat(stored.earlyDecisionDate()).isEqualTo(before);
            assertThat(stored.committee()).isNotEqualTo("Udvalget");
        }
    }

    @Test
    void aDateTypedWithoutEnterIsStoredOnCloseOnlyWhenItIsADate() {
        RoundDetailsViewModel vm = main.roundDetails();
        vm.dateTyped("30.02.2008");
        main.close();
        try (CaseService s = services().open(db())) {
            assertThat(s.load(s.resolveRound(null)).round().earlyDecisionDate()).isEqualTo(java.time.LocalDate.of(2008, 11, 27));
        }
        workspace = new Workspace(services(), Background.direct(), dialogs);
        main = new MainViewModel(workspace, db());
        main.start();
        main.roundDetails().dateTyped("1.12.2008");
        main.close();
        try (CaseService s = services().open(db())) {
            assertThat(s.load(s.resolveRound(null)).round().earlyDecisionDate()).isEqualTo(java.time.LocalDate.of(2008, 12, 1));
        }
    }
}
