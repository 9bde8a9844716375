package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.DatabaseLocation;
import java.time.Clock;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Another user's saves reach the open window without a click (here a second connection pool on the same
 * H2 file in this program; on PostgreSQL the same path is a NOTIFY): the table and the ceiling bar follow,
 * and the transfer the user is typing an amount into keeps the typed text, with a notice.
 */
class LiveUpdateWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static Stored<Transfer> transfer(CaseService s, int number) {
        long round = s.resolveRound(null);
        return s.open(round).transfers().stream().filter(t -> t.value().number() == number).findFirst().orElseThrow();
    }

    @Test
    void anotherUsersSaveShowsAndAnAmountBeingTypedIsKept() {
        settle();
        selectTransfer(12);
        typeInto("#amountField", "12,345"); // invalid and not finished
        try (CaseService mette = new CaseService(Database.open(DatabaseLocation.toUrl(dbPath())), session -> "mette",
                Clock.systemDefaultZone())) {
            Stored<Transfer> t13 = transfer(mette, 13);
            mette.updateTransfer(t13.id(), t13.version(), t13.value().withAmounts(Money.ofKroner(1_359_000), Money.ZERO));
            Stored<Transfer> t12 = transfer(mette, 12);
            mette.updateTransfer(t12.id(), t12.version(), t12.value().withAmounts(Money.ofKroner(4_000_000), Money.ZERO));
            settle();

            waitUntil(() -> text("#requestedValue").equals("37,2 mio. kr."));
            assertThat(transfersTable().getItems().stream().filter(i -> i.value().number() == 13).findFirst()
                    .orElseThrow().value().amount()).isEqualTo(Money.ofKroner(1_359_000));
            assertThat(text("#amountField")).isEqualTo("12,345");
            assertThat(text("#statusLabel")).contains("Ændret af en anden bruger, mens du retter: 12.");
            assertThat(dialogs.errors).isEmpty();
        }
    }
}
