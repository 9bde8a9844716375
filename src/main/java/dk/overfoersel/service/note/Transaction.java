package dk.overfoersel.service.note;

import java.util.function.Function;
import org.jooq.DSLContext;

/** Runs work in one transaction, translating failures into Danish use-case errors (see CaseService). */
@FunctionalInterface
public interface Transaction {
    <T> T run(Function<DSLContext, T> work);
}
