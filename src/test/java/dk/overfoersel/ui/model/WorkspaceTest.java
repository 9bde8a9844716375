package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import org.junit.jupiter.api.Test;

class WorkspaceTest extends ViewModelTestBase {

    @Test
    void opensTheRoundOfTheDatabase() {
        assertThat(workspace.stateProperty().get()).isEqualTo(Workspace.State.OPEN);
        assertThat(workspace.transfers()).hasSize(7);
        assertThat(main.titleProperty().get())
                .isEqualTo("Overførsel – Beskæftigelses- og Integrationsforvaltningen: regnskabsår 2008 → budgetår 2009");
    }

    @Test
    void aChangeByAnotherIsReportedAndTheRoundReloaded() {
        TransferItem t12 = item(12);
        // another program changes transfer 12 meanwhile (H2 allows one process, so through this one's service)
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(1), Money.ZERO));
        workspace.saveDirty();
        t12.version = 1; // what this window would still hold had the other change come from elsewhere
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(2), Money.ZERO));
        workspace.saveDirty();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("Genindlæs").contains("indlæst igen");
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(1));
    }

    @Test
    void undoStackTracksWhatCanBeUndone() {
        assertThat(workspace.undoStack().canUndoProperty().get()).isFalse();
        TransferItem t13 = item(13);
        workspace.changeTransfer(t13, t13.value().withAmounts(Money.ofKroner(900_000), Money.ZERO));
        workspace.undo();
        assertThat(item(13).value().amount()).isEqualTo(Money.ofKroner(859_000));
        assertThat(workspace.undoStack().canRedoProperty().get()).isTrue();
        workspace.redo();
        assertThat(item(13).value().amount()).isEqualTo(Money.ofKroner(900_000));
    }

    @Test
    void opensAnotherDatabaseFile() {
        String other = dir.resolve("other").toString();
        workspace.openDatabase(other);
        assertThat(workspace.stateProperty().get()).isEqualTo(Workspace.State.EMPTY);
        assertThat(workspace.transfers()).isEmpty();
        assertThat(workspace.sum().ceiling()).isEqualTo(Money.ZERO);
        assertThat(workspace.databaseNameProperty().get()).contains("other");
        main.loadExample();
        assertThat(workspace.transfers()).hasSize(7);
        assertThat(errors).isEmpty();
    }

    @Test
    void aFileThatCannotBeImportedIsReportedAndNothingChanges() throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"format\": \"overfoersel/1\", \"round\": {}}");
        main.importJson(bad);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("Filen har");
        assertThat(workspace.rounds()).hasSize(1);
        assertThat(workspace.transfers()).hasSize(7);
    }

    @Test
    void exportWritesTheOpenRoundAsSaved() throws Exception {
        TransferItem t13 = item(13);
        workspace.changeTransfer(t13, t13.value().withAmounts(Money.ofKroner(900_000), Money.ZERO));
        java.nio.file.Path file = dir.resolve("out.json");
        main.exportJson(file);
        // read the file back: a text search for "900000" would also match the example's 4900000.00
        dk.overfoersel.domain.TransferCase written = new dk.overfoersel.exchange.JsonCaseReader().read(file);
        assertThat(written.transfers().stream().filter(t -> t.number() == 13).findFirst().orElseThrow().amount())
                .isEqualTo(Money.ofKroner(900_000));
        assertThat(errors).isEmpty();
    }
}
