package dk.overfoersel.ui;

import dk.overfoersel.ui.model.Background;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** One daemon thread for the database; results come back through {@link Platform#runLater}. */
public final class FxBackground implements Background, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "overfoersel-db");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
            } catch (Throwable e) {
                Platform.runLater(() -> finish(() -> onFailure.accept(e)));
            }
        });
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    @Override
    public boolean isIdle() {
        return pending.get() == 0;
    }

    /** Waits for the queued jobs (at most a few seconds) and stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
