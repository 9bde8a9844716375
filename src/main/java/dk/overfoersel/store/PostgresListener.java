package dk.overfoersel.store;

import java.util.function.Consumer;

/** LISTEN on PostgreSQL: a daemon thread with a connection of its own (see {@link ChangeChannel}). */
final class PostgresListener {

    private PostgresListener() {
    }

    static AutoCloseable start(Database database, Consumer<String> payloads) {
        // filled in when the PostgreSQL driver is on the class path (branch postgres)
        return () -> { };
    }
}
