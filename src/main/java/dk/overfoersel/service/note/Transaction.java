package dk.overfoersel.service.note;

import dk.overfoersel.service.audit.Audit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.DSLContext;

/** How the note use cases reach the case service's transactions: reads, and the one audited write path. */
public final class Transaction {

    /** A read-only transaction. */
    @FunctionalInterface
    public interface Reader {
        <T> T run(Function<DSLContext, T> work);
    }

    /** A write, named by its use case, with its audit entries in the same transaction. */
    @FunctionalInterface
    public interface Writer {
        <T> T run(String useCase, BiFunction<DSLContext, Audit, T> work);
    }

    private Transaction() {
    }
}
