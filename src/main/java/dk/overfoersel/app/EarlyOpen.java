package dk.overfoersel.app;

import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.ui.StartupTimeline;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts opening the window's database at once, on its own thread, while JavaFX starts; the window's
 * first request for that database gets the result (or its error). Every other request opens as usual.
 */
final class EarlyOpen implements CaseServiceFactory {

    private final CaseServiceFactory factory;
    private final String dbOption;
    private final CompletableFuture<CaseService> first = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private EarlyOpen(CaseServiceFactory factory, String dbOption) {
        this.factory = factory;
        this.dbOption = dbOption;
    }

    static EarlyOpen start(CaseServiceFactory factory, String dbOption) {
        EarlyOpen early = new EarlyOpen(factory, dbOption);
        Thread opener = new Thread(() -> {
            try {
                CaseService opened = factory.open(dbOption);
                StartupTimeline.mark("db-open");
                early.first.complete(opened);
            } catch (Throwable e) {
                early.first.completeExceptionally(e);
            }
        }, "overfoersel-open");
        opener.setDaemon(true);
        opener.start();
        return early;
    }

    @Override
    public CaseService open(String option) {
        if (!Objects.equals(option, dbOption) || !taken.compareAndSet(false, true)) {
            return factory.open(option);
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
