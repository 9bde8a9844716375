package dk.overfoersel.app;

import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.DatabaseLocation;
import dk.overfoersel.store.StoreException;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.ui.OverfoerselApp;
import dk.overfoersel.ui.UiStart;
import java.util.Map;

/** The composition root: the one place where the layers are wired together by constructor. */
public final class Composition {

    private Composition() {
    }

    /** Use cases on the database named by a {@code --db} option, {@code OVERFOERSEL_DB} or the default. */
    public static CaseServiceFactory caseServices(Map<String, String> environment) {
        return dbOption -> {
            try {
                return new CaseService(Database.open(DatabaseLocation.resolve(dbOption, environment)));
            } catch (StoreException e) {
                throw new UseCaseException(e.getMessage(), e);
            }
        };
    }

    public static CaseServiceFactory caseServices() {
        return caseServices(System.getenv());
    }

    /** What the window needs: the use cases on the database named by {@code dbOption} (null: as the CLI). */
    public static UiStart desktop(String dbOption, Map<String, String> environment) {
        return new UiStart(caseServices(environment), dbOption, Logging.logFile(environment));
    }

    /** Opens the window; returns when it is closed. */
    public static void startWindow(String dbOption) {
        OverfoerselApp.launch(desktop(dbOption, System.getenv()));
    }
}
