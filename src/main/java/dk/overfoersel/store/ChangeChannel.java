package dk.overfoersel.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Tells other programs on the same database that something was committed, and hears them: on
 * PostgreSQL {@code NOTIFY} inside the writing transaction (delivered on commit, never for a rolled
 * back one) and {@code LISTEN} on a connection of its own ({@link PostgresListener}). An embedded H2 file
 * admits one program at a time, so there the channel only reaches the other connection pools on the same
 * file in the same program (what tests of two users do), delivered after the commit.
 */
public final class ChangeChannel {

    /** The PostgreSQL channel name. */
    public static final String CHANNEL = "overfoersel_changes";

    /** In-process listeners per database URL (H2). */
    private static final Map<String, List<Consumer<String>>> LOCAL = new ConcurrentHashMap<>();

    private ChangeChannel() {
    }

    /** Announces a change in the caller's transaction (PostgreSQL: heard by the others when it commits). */
    public static void announce(DSLContext dsl, String payload) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(payload))).fetch();
        }
    }

    /** After the commit of a change announced with {@link #announce}: tells the in-process listeners (H2). */
    public static void committed(Database database, String payload) {
        if (database.dialect().family() != SQLDialect.POSTGRES) {
            for (Consumer<String> listener : LOCAL.getOrDefault(database.url(), List.of())) {
                listener.accept(payload);
            }
        }
    }

    /**
     * Hears the announcements of every program (this one's included) until the returned handle is closed:
     * on PostgreSQL on a thread of its own, on H2 on the committing thread.
     */
    public static AutoCloseable listen(Database database, Consumer<String> payloads) {
        if (database.dialect().family() == SQLDialect.POSTGRES) {
            return PostgresListener.start(database.dsl().configuration().connectionProvider(), payloads);
        }
        List<Consumer<String>> listeners = LOCAL.computeIfAbsent(database.url(), u -> new CopyOnWriteArrayList<>());
        listeners.add(payloads);
        return () -> listeners.remove(payloads);
    }
}
