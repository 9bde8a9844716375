package dk.overfoersel;

import dk.overfoersel.app.Composition;
import dk.overfoersel.app.Logging;
import dk.overfoersel.cli.Cli;
import dk.overfoersel.domain.Texts;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The jar's entry point. Not a JavaFX {@code Application} (the fat jar needs a plain main class).
 * Without a command (no arguments, or only {@code --db PATH}): the window. Otherwise the command line.
 */
public final class Launcher {

    /** Held so the levels set below are not lost when the loggers are collected. */
    private static final Logger[] QUIET = {Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq")};

    private Launcher() {
    }

    public static void main(String[] args) {
        dk.overfoersel.ui.StartupTimeline.mark("main");
        Logging.init(System.getenv());
        quietLibraries();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (isWindowStart(args)) {
            dk.overfoersel.ui.StartupTimeline.mark("logging");
            try {
                Composition.startWindow(dbOption(args), fileToOpen(args));
            } catch (RuntimeException e) {
                // no display, or no native JavaFX libraries: say so in Danish and point at the command line
                err.println(Texts.get("ui.noWindow", String.valueOf(e.getMessage())));
                err.flush();
                System.exit(Cli.BAD_INPUT);
            }
            System.exit(Cli.OK);
            return;
        }
        int code = Cli.run(Composition.caseServices(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The file type the desktop hands to the program (the installer's file association). */
    static final String EXCHANGE_FILE_SUFFIX = ".overfoersel.json";

    /**
     * True for no arguments, {@code --db PATH} or {@code --db=PATH}: no command, so the window; also
     * for one {@code .overfoersel.json} file, as the desktop passes it on opening such a file.
     */
    static boolean isWindowStart(String[] args) {
        return args.length == 0
                || (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > 5)
                || (args.length == 2 && args[0].equals("--db"))
                || fileToOpen(args) != null;
    }

    /** The {@code --db} value of a window start, or null. */
    static String dbOption(String[] args) {
        if (args.length == 1) {
            return args[0].startsWith("--db=") ? args[0].substring("--db=".length()) : null;
        }
        return args.length == 2 ? args[1] : null;
    }

    /** The exchange file the window should offer to import (the only argument), or null. */
    static java.nio.file.Path fileToOpen(String[] args) {
        if (args.length == 1 && !args[0].startsWith("-")
                && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(EXCHANGE_FILE_SUFFIX)) {
            return java.nio.file.Path.of(args[0]).toAbsolutePath();
        }
        return null;
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
