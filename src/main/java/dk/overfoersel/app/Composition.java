package dk.overfoersel.app;

import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.DatabaseLocation;
import dk.overfoersel.store.StoreException;
import dk.overfoersel.service.UseCaseException;
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
}
