package dk.overfoersel.ui.model;

import dk.overfoersel.app.Composition;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.ui.StubDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** View models on a temporary H2 file database, with the background running jobs at once. */
abstract class ViewModelTestBase {

    @TempDir
    Path dir;

    protected final StubDialogs dialogs = new StubDialogs();
    /** The error messages shown (the stub records them). */
    protected final List<String> errors = dialogs.errors;
    protected Workspace workspace;
    protected MainViewModel main;

    protected String db() {
        return dir.resolve("vm").toString();
    }

    protected CaseServiceFactory services() {
        return Composition.caseServices(Map.of());
    }

    protected boolean withExample() {
        return true;
    }

    @BeforeEach
    void openWorkspace() {
        if (withExample()) {
            try (CaseService s = services().open(db())) {
                s.importCase(ExampleRound.load(), false);
            }
        }
        workspace = new Workspace(services(), Background.direct(), dialogs);
        main = new MainViewModel(workspace, db());
        main.start();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    /** The transfer as the editor gets it: read whole (the window reads a round without its texts). */
    protected TransferItem item(int number) {
        TransferItem item = workspace.transfers().stream().filter(t -> t.value().number() == number).findFirst().orElseThrow();
        workspace.complete(item, () -> { });
        return item;
    }

    /** Closes the workspace and reads the transfer as stored. */
    protected Transfer stored(int number) {
        workspace.close();
        try (CaseService s = services().open(db())) {
            return s.load(s.resolveRound(null)).transfers().stream().filter(t -> t.number() == number)
                    .findFirst().orElse(null);
        } finally {
            workspace = new Workspace(services(), Background.direct(), dialogs);
        }
    }
}
