package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.exchange.JsonCaseWriter;
import dk.overfoersel.service.CaseService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A .overfoersel.json file opened from the desktop: the window asks, then imports it. */
class OpenFileFromDesktopTest extends ViewModelTestBase {

    @Override
    protected boolean withExample() {
        return false;
    }

    private Path exampleFile() throws Exception {
        Path file = dir.resolve("bif-2008.overfoersel.json");
        new JsonCaseWriter().write(ExampleRound.load(), file);
        return file;
    }

    @Test
    void theWindowOffersToImportTheFileAndImportsIt() throws Exception {
        main.offerImportOnceOpen(exampleFile());
        assertThat(dialogs.confirmations).singleElement().asString().contains("bif-2008.overfoersel.json");
        assertThat(workspace.stateProperty().get()).isEqualTo(Workspace.State.OPEN);
        assertThat(main.ceiling().ceiling().textProperty().get()).isEqualTo("49,1 mio. kr.");
        workspace.close();
        try (CaseService s = services().open(db())) {
            assertThat(s.rounds()).hasSize(1);
        }
    }

    @Test
    void declinedNothingIsImported() throws Exception {
        dialogs.confirmAnswer = false;
        main.offerImportOnceOpen(exampleFile());
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(workspace.stateProperty().get()).isEqualTo(Workspace.State.EMPTY);
        workspace.close();
        try (CaseService s = services().open(db())) {
            assertThat(s.rounds()).isEmpty();
        }
    }
}
