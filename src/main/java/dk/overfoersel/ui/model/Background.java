package dk.overfoersel.ui.model;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs database work off the FX thread, one job after the other, and hands the result back on
 * the FX thread. Jobs run in the order they were submitted, so a save queued after an insert
 * sees the insert's id. Plain view-model tests use {@link #direct()}.
 */
public interface Background {

    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True when no job is queued or running and every result has been handed back. */
    boolean isIdle();

    /** Runs every job at once on the calling thread (for tests of view models). */
    static Background direct() {
        return new Background() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public boolean isIdle() {
                return true;
            }
        };
    }
}
