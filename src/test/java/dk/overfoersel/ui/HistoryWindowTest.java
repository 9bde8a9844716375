package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.audit.HistoryEntry;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Vis → Historik shows the selected transfer's changes; "Gendan denne værdi" puts the old value back. */
class HistoryWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected void open(Stage stage) {
        this.stage = stage;
        try (CaseService s = services().open(dbPath())) {
            long round = s.importCase(dk.overfoersel.exchange.ExampleRound.load(), false);
            var t = s.open(round).transfers().stream().filter(x -> x.value().number() == 12).findFirst().orElseThrow();
            Transfer v = t.value();
            s.updateTransfer(t.id(), t.version(), new Transfer(12, "ESDH 2, anden fase", v.schedule(), v.amount(),
                    v.earlyApproved(), v.background(), v.consequences(), v.recommendation(), v.commitments()));
        }
        window = dk.overfoersel.ui.view.MainWindow.open(stage, new UiStart(services(), dbPath()), dialogs);
    }

    private Window historyWindow() {
        return listWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && "historyWindow".equals(w.getScene().getRoot().getId())).findFirst().orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheChangeAndRestoresTheOldTitle() {
        settle();
        selectTransfer(12);
        clickOn("#viewMenu");
        clickOn("#menuHistory");
        waitUntil(() -> historyWindow() != null);
        settle();
        TableView<HistoryEntry> table = (TableView<HistoryEntry>) historyWindow().getScene().lookup("#historyTable");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).fieldLabel()).isEqualTo("Titel");
        assertThat(table.getItems().get(0).oldValue()).isEqualTo("ESDH 2");

        interact(() -> table.getSelectionModel().select(0));
        clickOn(historyWindow().getScene().lookup("#restoreValueButton"));
        settle();
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().title()).isEqualTo("ESDH 2");
        assertThat(table.getItems().get(0).newValue()).isEqualTo("ESDH 2");
        assertThat(dialogs.errors).isEmpty();
    }
}
