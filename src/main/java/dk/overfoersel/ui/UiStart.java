package dk.overfoersel.ui;

import dk.overfoersel.service.CaseServiceFactory;

/**
 * What the composition root hands the window: how to open the use cases, and the {@code --db}
 * option (null: {@code OVERFOERSEL_DB} or the user's data directory, as for the command line).
 */
public record UiStart(CaseServiceFactory services, String dbOption) {
}
