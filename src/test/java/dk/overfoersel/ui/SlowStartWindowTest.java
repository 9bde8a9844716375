package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.service.CaseServiceFactory;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The window is shown before the database is open, with a progress indicator. */
class SlowStartWindowTest extends WindowTestBase {

    private volatile boolean slow;
    private final java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected CaseServiceFactory services() {
        CaseServiceFactory real = super.services();
        return db -> {
            if (slow) {
                // the window's own opening (the example was stored by the test before): held until the
                // test has seen the progress indicator (at most 15 s), however slow the machine is
                try {
                    opened.await(15, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            slow = true;
            return real.open(db);
        };
    }


    @Test
    void showsTheWindowAndAProgressIndicatorWhileTheDatabaseOpens() {
        assertThat(stage.isShowing()).isTrue();
        assertThat(lookup("#loadingIndicator").query().getParent().isVisible()).isTrue();
        opened.countDown();
        settle();
        assertThat(lookup("#loadingIndicator").query().getParent().isVisible()).isFalse();
        assertThat(text("#ceilingValue")).isEqualTo("49,1 mio. kr.");
    }
}
