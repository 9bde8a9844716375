package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.audit.HistoryEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest extends ViewModelTestBase {

    private static Transfer titled(Transfer t, String title) {
        return new Transfer(t.number(), title, t.schedule(), t.amount(), t.earlyApproved(), t.background(),
                t.consequences(), t.recommendation(), t.commitments());
    }

    @Test
    void showsTheTransfersChangesNewestFirstAndRestoresAnOldValueAsAnUndoableEdit() {
        TransferItem item = item(12);
        workspace.changeTransfer(item, titled(item.value(), "ESDH 2, anden fase"));
        workspace.saveDirty();
        workspace.changeTransfer(item, item.value().withAmounts(dk.overfoersel.domain.Money.ofKroner(4_600_000), item.value().earlyApproved()));
        workspace.saveDirty();

        HistoryViewModel history = new HistoryViewModel(workspace, item);
        history.load();
        assertThat(history.titleProperty().get()).isEqualTo("Historik for overførsel 12. ESDH 2, anden fase");
        assertThat(history.entries()).extracting(HistoryEntry::fieldLabel).containsExactly("Beløb", "Titel");
        HistoryEntry titleChange = history.entries().get(1);
        assertThat(titleChange.oldValue()).isEqualTo("ESDH 2");
        assertThat(titleChange.user()).isEqualTo(System.getProperty("user.name"));

        history.restore(titleChange);
        assertThat(item.value().title()).isEqualTo("ESDH 2");
        assertThat(item.value().amount()).isEqualTo(dk.overfoersel.domain.Money.ofKroner(4_600_000));
        assertThat(history.entries()).hasSize(3);
        assertThat(history.entries().get(0).useCase()).isEqualTo("updateTransfer");
        assertThat(history.entries().get(0).newValue()).isEqualTo("ESDH 2");

        workspace.undo();
        assertThat(item.value().title()).isEqualTo("ESDH 2, anden fase");
        assertThat(stored(12).title()).isEqualTo("ESDH 2, anden fase");
        assertThat(errors).isEmpty();
    }

    @Test
    void undoingADeletionKeepsTheTransfersHistory() {
        TransferItem item = item(14);
        workspace.changeTransfer(item, titled(item.value(), "Visitationsguide"));
        workspace.saveDirty();
        workspace.deleteTransfer(item);
        workspace.undo();
        assertThat(workspace.transfers()).contains(item);

        HistoryViewModel history = new HistoryViewModel(workspace, item);
        history.load();
        assertThat(history.entries()).extracting(HistoryEntry::useCase)
                .contains("updateTransfer", "deleteTransfer", "restoreTransfer");
        assertThat(errors).isEmpty();
    }

    @Test
    void restoringABackupFromTheMenuAsksReplacesAndReopens() throws Exception {
        Path zip = dir.resolve("før.zip");
        workspace.background().run(() -> workspace.service().backup(zip), p -> { }, e -> { throw new AssertionError(e); });
        TransferItem item = item(12);
        workspace.changeTransfer(item, titled(item.value(), "Ændret efter kopien"));
        workspace.saveDirty();

        BackupViewModel backups = new BackupViewModel(workspace);
        dialogs.confirmAnswer = false;
        assertThat(backups.restore(zip)).isFalse();
        assertThat(item(12).value().title()).isEqualTo("Ændret efter kopien");

        dialogs.confirmAnswer = true;
        assertThat(backups.restore(zip)).isTrue();
        assertThat(errors).isEmpty();
        assertThat(dialogs.confirmations).anySatisfy(c -> assertThat(c).contains("sikkerhedskopieres først"));
        assertThat(dialogs.informations).anySatisfy(i -> assertThat(i).contains("gendannet fra " + zip));
        assertThat(item(12).value().title()).isEqualTo("ESDH 2");
        assertThat(Files.list(dir.resolve("backups")).count()).isEqualTo(1);
        assertThat(stored(12).title()).isEqualTo("ESDH 2");
    }
}
