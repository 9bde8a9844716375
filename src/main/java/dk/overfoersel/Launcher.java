package dk.overfoersel;

import dk.overfoersel.app.Composition;
import dk.overfoersel.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The jar's entry point. Not a JavaFX {@code Application} (the fat jar needs a plain main class).
 * With arguments: the command line. Without: the window (until it exists, the help).
 */
public final class Launcher {

    /** Held so the levels set below are not lost when the loggers are collected. */
    private static final Logger[] QUIET = {Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq")};

    private Launcher() {
    }

    public static void main(String[] args) {
        quietLibraries();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(Composition.caseServices(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Libraries log through java.util.logging here; a user's terminal gets warnings only. */
    static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
    }
}
