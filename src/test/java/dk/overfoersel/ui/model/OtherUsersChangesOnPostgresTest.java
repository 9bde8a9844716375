package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.PostgresServer;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import dk.overfoersel.ui.StubDialogs;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's model on the embedded PostgreSQL server: another program's saves arrive by LISTEN/NOTIFY on the
 * listener's thread and are taken in by the workspace within seconds; a transfer with unsaved edits keeps them.
 * The workspace's jobs and the test's reads take turns on one lock (the FX thread's part in the window).
 */
class OtherUsersChangesOnPostgresTest {

    private final Object fxThread = new Object();
    private final Background serial = new Background() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            synchronized (fxThread) {
                Background.direct().run(work, onSuccess, onFailure);
            }
        }

        @Override
        public boolean isIdle() {
            return true;
        }
    };
    private final StubDialogs dialogs = new StubDialogs();
    Workspace workspace;
    CaseService mette;

    @BeforeEach
    void open() {
        String url = PostgresServer.freshUrl();
        try (CaseService setup = new CaseService(Database.open(url))) {
            setup.importCase(ExampleRound.load(), false);
        }
        workspace = new Workspace(option -> new CaseService(Database.open(url)), serial, dialogs);
        synchronized (fxThread) {
            workspace.openDatabase(null);
        }
        mette = new CaseService(Database.open(url), session -> "mette", Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        synchronized (fxThread) {
            workspace.close();
        }
        mette.close();
    }

    private TransferItem item(int number) {
        return workspace.transfers().stream().filter(t -> t.value().number() == number).findFirst().orElseThrow();
    }

    /** The transfer as the editor gets it: read whole (the window reads a round without its texts). */
    private TransferItem whole(int number) throws Exception {
        onFx(() -> {
            workspace.complete(item(number), () -> { });
            return null;
        });
        waitUntil(() -> item(number).isComplete());
        return onFx(() -> item(number));
    }

    private Stored<Transfer> mettes(int number) {
        return mette.open(workspace.roundId()).transfers().stream().filter(t -> t.value().number() == number)
                .findFirst().orElseThrow();
    }

    private <T> T onFx(Callable<T> read) throws Exception {
        synchronized (fxThread) {
            return read.call();
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!onFx(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not taken in within 10 seconds");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void anotherProgramsSavesReachTheWorkspaceAndUnsavedEditsAreKept() throws Exception {
        TransferItem edited = whole(12);
        onFx(() -> {
            workspace.changeTransfer(edited, edited.value().withAmounts(Money.ofKroner(4_600_000), Money.ZERO)); // unsaved
            return null;
        });
        Stored<Transfer> t12 = mettes(12);
        mette.updateTransfer(t12.id(), t12.version(), t12.value().withAmounts(Money.ofKroner(4_700_000), Money.ZERO));
        Stored<Transfer> t13 = mettes(13);
        long start = System.nanoTime();
        mette.updateTransfer(t13.id(), t13.version(), t13.value().withAmounts(Money.ofKroner(900_000), Money.ZERO));

        waitUntil(() -> item(13).value().amount().equals(Money.ofKroner(900_000)));
        System.out.printf("taken in after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(onFx(() -> item(12).value().amount())).isEqualTo(Money.ofKroner(4_600_000));
        assertThat(onFx(() -> workspace.othersNoticeProperty().get())).contains("12");
        assertThat(onFx(() -> workspace.sum().requestedTotal()))
                .isEqualTo(Money.ofKroner(36_684_000 - 859_000 + 900_000 + 100_000));
        onFx(() -> {
            workspace.saveDirty();
            return null;
        });
        assertThat(onFx(() -> workspace.conflicts())).singleElement()
                .satisfies(c -> assertThat(c.rows().get(0).theirs()).isEqualTo("4.700.000,00"));
        assertThat(dialogs.errors).isEmpty();
    }
}
