package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.service.CaseService;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** An empty database: the window offers the example, a new round or an import, and loads the example. */
class FirstStartWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected boolean startEmpty() {
        return true;
    }

    @Test
    void offersTheExampleAndLoadsIt() {
        settle();
        Node welcome = lookup("#welcome").query();
        assertThat(welcome.isVisible()).isTrue();
        assertThat(lookup("#welcomeExample").tryQuery()).isPresent();
        assertThat(lookup("#welcomeNewRound").tryQuery()).isPresent();
        assertThat(lookup("#welcomeImport").tryQuery()).isPresent();

        clickOn("#welcomeExample");
        settle();

        assertThat(welcome.isVisible()).isFalse();
        assertThat(text("#ceilingValue")).isEqualTo("49,1 mio. kr.");
        assertThat(text("#requestedValue")).isEqualTo("36,7 mio. kr.");
        assertThat(text("#headroomValue")).isEqualTo("12,5 mio. kr.");
        assertThat(text("#atRiskValue")).isEqualTo("18,5 mio. kr.");
        assertThat(lookup("#ceilingValue").queryLabeled().getTooltip().getText()).startsWith("49.139.000,00 kr.");
        assertThat(transfersTable().getItems()).hasSize(7);
        assertThat(stage.getTitle()).contains("Beskæftigelses- og Integrationsforvaltningen", "2008", "2009");

        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(s.rounds()).hasSize(1);
        }
    }
}
