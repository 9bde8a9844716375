package dk.overfoersel.ui;

import dk.overfoersel.service.CaseServiceFactory;
import java.nio.file.Path;

/**
 * What the composition root hands the window: how to open the use cases, the {@code --db}
 * option (null: {@code OVERFOERSEL_DB} or the user's data directory, as for the command line),
 * and an exchange file to offer for import once the database is open (null: none).
 */
public record UiStart(CaseServiceFactory services, String dbOption, Path openFile) {

    public UiStart(CaseServiceFactory services, String dbOption) {
        this(services, dbOption, null);
    }
}
