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
    void aChangeByAnotherIsOfferedAsAConflictAndNothingIsDiscarded() {
        TransferItem t12 = item(12);
        // another program changes transfer 12 meanwhile (here through this one's service)
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(1), Money.ZERO));
        workspace.saveDirty();
        t12.version = 1; // what this window would still hold had the other change come from elsewhere
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(2), Money.ZERO));
        workspace.saveDirty();
        assertThat(errors).isEmpty();
        assertThat(workspace.conflicts()).singleElement().satisfies(c -> assertThat(c.rows())
                .extracting(ConflictViewModel.Row::mine).containsExactly("2,00"));
        assertThat(item(12).value().amount()).isEqualTo(Money.ofKroner(2));
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

    @Test
    void aFailingReloadShowsOneMessageAndNeverReloadsAgain() {
        TransferItem t12 = item(12);
        // the open round cannot be read any more (another program broke the database) ...
        dk.overfoersel.store.Database other = dk.overfoersel.store.Database.open(
                dk.overfoersel.store.DatabaseLocation.toUrl(db()));
        other.dsl().execute("ALTER TABLE commitment RENAME TO commitment_gone");
        // ... and a save finds the transfer changed meanwhile: that asks for a reload, which fails
        t12.version = 99;
        workspace.changeTransfer(t12, t12.value().withAmounts(Money.ofKroner(2), Money.ZERO));
        workspace.saveDirty();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("indlæst igen");
        assertThat(errors.get(1)).startsWith("Runden kunne heller ikke indlæses igen")
                .doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("commitment").doesNotContain("Exception");
        other.dsl().execute("ALTER TABLE commitment_gone RENAME TO commitment");
    }

    @Test
    void anotherDatabaseThatCannotBeOpenedLeavesTheOpenOneUsable() throws Exception {
        java.nio.file.Path blocker = java.nio.file.Files.writeString(dir.resolve("blocker"), "not a folder");
        workspace.openDatabase(blocker.resolve("sub").resolve("db").toString());
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(workspace.stateProperty().get()).isEqualTo(Workspace.State.OPEN);
        assertThat(workspace.databaseNameProperty().get()).contains("vm");
        TransferItem t13 = item(13);
        workspace.changeTransfer(t13, t13.value().withAmounts(Money.ofKroner(900_000), Money.ZERO));
        workspace.saveDirty();
        assertThat(errors).hasSize(1);
        assertThat(stored(13).amount()).isEqualTo(Money.ofKroner(900_000));
    }

    @Test
    void aFileThatCannotBeWrittenKeepsTheEditsAndTheUndoHistory() {
        TransferItem t13 = item(13);
        workspace.changeTransfer(t13, t13.value().withAmounts(Money.ofKroner(900_000), Money.ZERO));
        workspace.saveDirty();
        main.exportJson(dir.resolve("no-such-folder").resolve("out.json"));
        main.export(dir.resolve("no-such-folder").resolve("out.xlsx"), dk.overfoersel.usecase.ExchangeFormat.XLSX);
        assertThat(errors).hasSize(2).allSatisfy(m -> assertThat(m).contains("kan ikke skrives").doesNotContain("Exception"));
        assertThat(item(13).value().amount()).isEqualTo(Money.ofKroner(900_000));
        assertThat(workspace.undoStack().canUndoProperty().get()).isTrue();
        workspace.undo();
        assertThat(item(13).value().amount()).isEqualTo(Money.ofKroner(859_000));
    }

    @Test
    void excelExportAndImportFromTheWindowWithTheNoticeAfterSaving() throws Exception {
        java.util.List<String> opened = new java.util.ArrayList<>();
        workspace.setDesktop(new DesktopFiles() {
            @Override
            public void open(java.nio.file.Path file) {
                opened.add("open " + file.getFileName());
            }

            @Override
            public void showInFolder(java.nio.file.Path file) {
                opened.add("folder " + file.getFileName());
            }
        });
        TransferItem t13 = item(13);
        workspace.changeTransfer(t13, t13.value().withAmounts(Money.ofKroner(900_000), Money.ZERO));
        java.nio.file.Path xlsx = dir.resolve("runde.xlsx");
        dialogs.xlsxToSave = xlsx;
        dialogs.savedAction = DialogService.SavedAction.SHOW_IN_FOLDER;
        main.exportXlsx();
        assertThat(dialogs.savedNotices).singleElement().asString().contains("runde.xlsx");
        assertThat(opened).containsExactly("folder runde.xlsx");

        workspace.changeTransfer(item(13), item(13).value().withAmounts(Money.ofKroner(1), Money.ZERO));
        workspace.saveDirty();
        dialogs.xlsxToOpen = xlsx;
        main.importXlsx();
        assertThat(dialogs.confirmations).singleElement().asString().contains("erstatte");
        assertThat(errors).isEmpty();
        assertThat(item(13).value().amount()).isEqualTo(Money.ofKroner(900_000));
        assertThat(workspace.transfers()).hasSize(7);
    }

    @Test
    void showLogOpensTheLogFileOrSaysThereIsNone() throws Exception {
        java.util.List<java.nio.file.Path> opened = new java.util.ArrayList<>();
        workspace.setDesktop(new DesktopFiles() {
            @Override
            public void open(java.nio.file.Path file) {
                opened.add(file);
            }

            @Override
            public void showInFolder(java.nio.file.Path file) {
                throw new UnsupportedOperationException();
            }
        });
        java.nio.file.Path log = dir.resolve("overfoersel.log");
        main.setLogFile(log);
        main.showLog();
        assertThat(dialogs.informations).singleElement().asString().startsWith("Der er ingen log endnu");
        java.nio.file.Files.writeString(log, "x");
        main.showLog();
        assertThat(opened).containsExactly(log);

        workspace.setDesktop(DesktopFiles.none());
        main.showLog();
        assertThat(errors).singleElement().asString().contains("overfoersel.log kan ikke åbnes herfra");
    }
}
