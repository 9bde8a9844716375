package dk.overfoersel.store;

import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Tells other programs on the same database that something was committed, and hears them: on
 * PostgreSQL {@code NOTIFY} inside the writing transaction (delivered on commit, never for a rolled
 * back one) and {@code LISTEN} on a connection of its own. An embedded H2 file is used by one program
 * at a time, so there is nobody to tell: both are no-ops there.
 */
public final class ChangeChannel {

    /** The PostgreSQL channel name. */
    public static final String CHANNEL = "overfoersel_changes";

    private ChangeChannel() {
    }

    /** Announces a change in the caller's transaction (heard by the others when it commits). */
    public static void announce(DSLContext dsl, String payload) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(payload))).fetch();
        }
    }

    /**
     * Hears the announcements of every program on the database (this one's included) on a thread of its own
     * until the returned handle is closed; nothing on H2.
     */
    public static AutoCloseable listen(Database database, Consumer<String> payloads) {
        if (database.dialect().family() != SQLDialect.POSTGRES) {
            return () -> { };
        }
        return PostgresListener.start(database.dsl().configuration().connectionProvider(), payloads);
    }
}
