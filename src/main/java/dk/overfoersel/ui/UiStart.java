package dk.overfoersel.ui;

import dk.overfoersel.service.CaseServiceFactory;
import java.nio.file.Path;

/**
 * What the composition root hands the window: how to open the use cases, the {@code --db}
 * option (null: {@code OVERFOERSEL_DB} or the user's data directory, as for the command line),
 * where the window's size, positions and zoom are remembered, an exchange file to offer for
 * import once the database is open (null: none), and the log file (null: none; Hjælp → Vis log says so).
 */
public record UiStart(CaseServiceFactory services, String dbOption, WindowSettings settings, Path openFile, Path logFile) {

    public UiStart(CaseServiceFactory services, String dbOption, WindowSettings settings, Path openFile) {
        this(services, dbOption, settings, openFile, null);
    }

    public UiStart(CaseServiceFactory services, String dbOption, WindowSettings settings) {
        this(services, dbOption, settings, null, null);
    }

    /** Without a settings file: the window remembers nothing between starts (tests). */
    public UiStart(CaseServiceFactory services, String dbOption) {
        this(services, dbOption, WindowSettings.inMemory(), null, null);
    }
}
