package dk.overfoersel.ui;

import dk.overfoersel.service.CaseServiceFactory;

/**
 * What the composition root hands the window: how to open the use cases, the {@code --db}
 * option (null: {@code OVERFOERSEL_DB} or the user's data directory, as for the command line), and
 * the log file (null: none; Hjælp → Vis log says so).
 */
public record UiStart(CaseServiceFactory services, String dbOption, java.nio.file.Path logFile) {

    public UiStart(CaseServiceFactory services, String dbOption) {
        this(services, dbOption, null);
    }
}
