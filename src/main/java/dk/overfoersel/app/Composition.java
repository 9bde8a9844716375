package dk.overfoersel.app;

import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.store.Credentials;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.DatabaseLocation;
import dk.overfoersel.store.StoreException;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.ui.OverfoerselApp;
import dk.overfoersel.ui.UiStart;
import dk.overfoersel.service.backup.AutoBackup;
import java.time.Clock;
import java.util.Map;

/** The composition root: the one place where the layers are wired together by constructor. */
public final class Composition {

    private Composition() {
    }

    /** Use cases on the database named by a {@code --db} option, {@code OVERFOERSEL_DB} or the default. */
    public static CaseServiceFactory caseServices(Map<String, String> environment) {
        return new CaseServiceFactory() {
            @Override
            public CaseService open(String dbOption) {
                return open(dbOption, null);
            }

            @Override
            public CaseService openServer(String url, String user, String password) {
                try {
                    return new CaseService(Database.open(url, new Credentials(user, password)));
                } catch (StoreException e) {
                    throw new UseCaseException(e.getMessage(), e);
                }
            }

            @Override
            public CaseService open(String dbOption, String userOption) {
                try {
                    return new CaseService(Database.open(url(dbOption),
                            Credentials.fromEnvironment(environment).withUser(userOption)));
                } catch (StoreException e) {
                    throw new UseCaseException(e.getMessage(), e);
                }
            }

            @Override
            public String url(String dbOption) {
                return DatabaseLocation.resolve(dbOption, environment);
            }
        };
    }

    /** As {@link #caseServices(Map)}, and each opened database is backed up by the window's schedule. */
    public static CaseServiceFactory windowCaseServices(Map<String, String> environment) {
        CaseServiceFactory plain = caseServices(environment);
        return new CaseServiceFactory() {
            @Override
            public CaseService open(String dbOption) {
                return open(dbOption, null);
            }

            @Override
            public CaseService openServer(String url, String user, String password) {
                return plain.openServer(url, user, password);
            }

            @Override
            public CaseService open(String dbOption, String userOption) {
                CaseService service = plain.open(dbOption, userOption);
                AutoBackup.attach(service, Clock.systemDefaultZone());
                return service;
            }

            @Override
            public String url(String dbOption) {
                return plain.url(dbOption);
            }
        };
    }

    public static CaseServiceFactory caseServices() {
        return caseServices(System.getenv());
    }

    /** What the window needs: the use cases on the database named by {@code dbOption} (null: as the CLI). */
    public static UiStart desktop(String dbOption, Map<String, String> environment) {
        return new UiStart(windowCaseServices(environment), dbOption, windowSettings(environment), null,
                Logging.logFile(environment));
    }

    /** Opens the window; returns when it is closed. */
    public static void startWindow(String dbOption) {
        startWindow(dbOption, null);
    }

    /**
     * Opens the window ({@code openFile}: an exchange file to offer for import, or null); returns when
     * it is closed. The database is opened on its own thread while JavaFX starts (decision 0503).
     */
    public static void startWindow(String dbOption, java.nio.file.Path openFile) {
        Map<String, String> environment = System.getenv();
        dk.overfoersel.ui.DanishLocale.apply();
        CaseServiceFactory services = EarlyOpen.start(windowCaseServices(environment), dbOption);
        OverfoerselApp.launch(new UiStart(services, dbOption, windowSettings(environment), openFile,
                Logging.logFile(environment)));
    }

    /** The window's remembered size, positions and zoom, in the user's data directory. */
    private static dk.overfoersel.ui.WindowSettings windowSettings(Map<String, String> environment) {
        java.nio.file.Path settings = DatabaseLocation.defaultDirectory(environment, System.getProperty("os.name", ""),
                System.getProperty("user.home")).resolve(dk.overfoersel.ui.WindowSettings.FILE_NAME);
        return dk.overfoersel.ui.WindowSettings.at(settings);
    }
}
