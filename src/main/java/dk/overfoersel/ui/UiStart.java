package dk.overfoersel.ui;

import dk.overfoersel.service.CaseServiceFactory;

/**
 * What the composition root hands the window: how to open the use cases, the {@code --db}
 * option (null: {@code OVERFOERSEL_DB} or the user's data directory, as for the command line), and
 * where the window's size, positions and zoom are remembered.
 */
public record UiStart(CaseServiceFactory services, String dbOption, WindowSettings settings) {

    /** Without a settings file: the window remembers nothing between starts (tests). */
    public UiStart(CaseServiceFactory services, String dbOption) {
        this(services, dbOption, WindowSettings.inMemory());
    }
}
