package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.DatabaseLocation;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Two users on one database, in the window: the title is typed key by key while a second user (her
 * own connection pool, as another program would have) stores the same transfer; the save is refused,
 * the conflict dialog shows both values per field, and the choice made there is what is stored.
 */
class ConflictWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Window conflictWindow() {
        return listWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && "conflictWindow".equals(w.getScene().getRoot().getId())).findFirst().orElse(null);
    }

    private static Stored<Transfer> transfer12(CaseService s) {
        long round = s.resolveRound(null);
        return s.open(round).transfers().stream().filter(t -> t.value().number() == 12).findFirst().orElseThrow();
    }

    @Test
    void theUserChoosesPerFieldAndTheChoiceIsStored() {
        settle();
        selectTransfer(12);
        try (CaseService mette = new CaseService(Database.open(DatabaseLocation.toUrl(dbPath())), session -> "mette",
                Clock.systemDefaultZone())) {
            typeInto("#titleField", "ESDH 2 –");
            // meanwhile the other user stores a new title and amount of the same transfer
            Stored<Transfer> t = transfer12(mette);
            Transfer v = t.value();
            mette.updateTransfer(t.id(), t.version(), new Transfer(12, "ESDH 2, Mettes udgave", v.schedule(),
                    Money.ofKroner(5_000_000), v.earlyApproved(), v.background(), v.consequences(), v.recommendation(),
                    v.commitments()));
            write(" min udgave");
            clickOn("#amountField"); // leaving the title finishes the visit: the save is refused
            settleAfterTyping();
            waitUntil(() -> conflictWindow() != null);
            Window dialog = conflictWindow();

            assertThat(((Label) dialog.getScene().lookup("#conflictField-0")).getText()).isEqualTo("Titel");
            assertThat(((TextArea) dialog.getScene().lookup("#conflictMine-0")).getText()).isEqualTo("ESDH 2 – min udgave");
            assertThat(((TextArea) dialog.getScene().lookup("#conflictTheirs-0")).getText()).isEqualTo("ESDH 2, Mettes udgave");
            assertThat(((Label) dialog.getScene().lookup("#conflictChangedBy-0")).getText()).startsWith("mette, ");
            assertThat(((Label) dialog.getScene().lookup("#conflictField-1")).getText()).isEqualTo("Beløb");
            assertThat(dialog.getScene().lookup("#conflictApply").isDisabled()).isTrue(); // the title needs a choice
            // nothing is stored before the choice: the database has hers, the window mine
            assertThat(transfer12(mette).value().title()).isEqualTo("ESDH 2, Mettes udgave");
            assertThat(text("#titleField")).isEqualTo("ESDH 2 – min udgave");

            if (Boolean.getBoolean("screenshots")) {
                javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
                interact(() -> shot[0] = dialog.getScene().snapshot(null));
                ScreenshotTest.write(shot[0], java.nio.file.Path.of("docs", "screenshots", "06-conflict.png"));
            }
            // (fired, not clicked: on the headless screen the modal dialog may lie partly outside it)
            interact(() -> ((javafx.scene.control.ButtonBase) dialog.getScene().lookup("#conflictKeepMine-0")).fire());
            assertThat(dialog.getScene().lookup("#conflictApply").isDisabled()).isFalse();
            interact(() -> ((javafx.scene.control.ButtonBase) dialog.getScene().lookup("#conflictApply")).fire());
            settle();
            waitUntil(() -> conflictWindow() == null);

            Stored<Transfer> stored = transfer12(mette);
            assertThat(stored.version()).isEqualTo(t.version() + 2);
            assertThat(stored.value().title()).isEqualTo("ESDH 2 – min udgave");
            assertThat(stored.value().amount()).isEqualTo(Money.ofKroner(5_000_000));
            assertThat(text("#titleField")).isEqualTo("ESDH 2 – min udgave");
            assertThat(text("#amountField")).isEqualTo("5.000.000,00");
            assertThat(dialogs.errors).isEmpty();
        }
    }
}
