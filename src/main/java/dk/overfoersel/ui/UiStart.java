package dk.overfoersel.ui;

import dk.overfoersel.service.CaseServiceFactory;
import java.nio.file.Path;

/**
 * What the composition root hands the window: how to open the use cases, the {@code --db}
 * option (null: {@code OVERFOERSEL_DB} or the user's data directory, as for the command line),
 * an exchange file to offer for import once the database is open (null: none), and where the
 * window's size, positions and zoom are remembered.
 */
public record UiStart(CaseServiceFactory services, String dbOption, Path openFile, WindowSettings settings) {

    /** Without a settings file: the window remembers nothing between starts (tests). */
    public UiStart(CaseServiceFactory services, String dbOption) {
        this(services, dbOption, null, WindowSettings.inMemory());
    }

    public UiStart(CaseServiceFactory services, String dbOption, Path openFile) {
        this(services, dbOption, openFile, WindowSettings.inMemory());
    }

    public UiStart(CaseServiceFactory services, String dbOption, WindowSettings settings) {
        this(services, dbOption, null, settings);
    }
}
