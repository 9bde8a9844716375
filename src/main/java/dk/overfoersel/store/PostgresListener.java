package dk.overfoersel.store;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jooq.ConnectionProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTEN on PostgreSQL (see {@link ChangeChannel}): a daemon thread holding one connection of the pool,
 * waiting for the driver's notifications half a second at a time (so that closing takes at most that long).
 */
final class PostgresListener {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    private static final int WAIT_MS = 500;

    private PostgresListener() {
    }

    /** Starts listening on a connection taken from {@code provider} (given back when the handle is closed). */
    static AutoCloseable start(ConnectionProvider provider, Consumer<String> payloads) {
        Connection connection = provider.acquire();
        PGConnection pg;
        try {
            pg = connection.unwrap(PGConnection.class);
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            try (Statement st = connection.createStatement()) {
                st.execute("LISTEN " + ChangeChannel.CHANNEL);
            }
        } catch (java.sql.SQLException e) {
            provider.release(connection);
            LOG.warn("Listening for other programs' changes is not possible", e);
            return () -> { };
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            while (!stop.get()) {
                try {
                    PGNotification[] notes = pg.getNotifications(WAIT_MS);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            deliver(payloads, n.getParameter());
                        }
                    }
                } catch (java.sql.SQLException | RuntimeException e) {
                    if (!stop.get()) {
                        LOG.warn("Listening for other programs' changes stopped", e);
                    }
                    return;
                }
            }
        }, "overfoersel-listen");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            stop.set(true);
            try {
                thread.join(2 * WAIT_MS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Statement st = connection.createStatement()) {
                st.execute("UNLISTEN *");
            } catch (java.sql.SQLException e) {
                LOG.debug("UNLISTEN failed (the connection is closed anyway)", e);
            } finally {
                provider.release(connection);
            }
        };
    }

    private static void deliver(Consumer<String> payloads, String payload) {
        try {
            payloads.accept(payload);
        } catch (RuntimeException e) {
            LOG.warn("A listener of other programs' changes failed", e);
        }
    }
}
