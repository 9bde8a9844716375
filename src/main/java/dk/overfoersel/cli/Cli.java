package dk.overfoersel.cli;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.exchange.ExportException;
import dk.overfoersel.exchange.ImportException;
import dk.overfoersel.io.FileWriteException;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.service.UseCaseException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code overfoersel [--db PATH|URL] COMMAND}. Exit codes: 0 success,
 * 1 bad input (a Danish message on stderr, never a stack trace), 2 usage error.
 */
@Command(name = "overfoersel", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true)
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "STI|URL", descriptionKey = "cli.option.db", scope = ScopeType.INHERIT)
    String db;

    @Option(names = "--user", paramLabel = "BRUGER", descriptionKey = "cli.option.user", scope = ScopeType.INHERIT)
    String user;

    private final CaseServiceFactory factory;

    private Cli(CaseServiceFactory factory) {
        this.factory = factory;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(CaseServiceFactory factory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine(factory);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    static CommandLine commandLine(CaseServiceFactory factory) {
        Cli root = new Cli(factory);
        CommandLine cmd = new CommandLine(root);
        cmd.addSubcommand(new ImportCommand(root));
        cmd.addSubcommand(new ExportCommand(root));
        cmd.addSubcommand(new RoundsCommand(root));
        cmd.addSubcommand(new SummaryCommand(root));
        cmd.addSubcommand(new ExampleCommand(root));
        cmd.addSubcommand(new BilagCommand(root));
        cmd.addSubcommand(new HistoryCommand(root));
        cmd.addSubcommand(new BackupCommand(root));
        cmd.addSubcommand(new RestoreCommand(root));
        cmd.addSubcommand(NoteCommand.commandLine(root));
        cmd.addSubcommand(AccessCommand.commandLine(root));
        cmd.setResourceBundle(Texts.bundle());
        cmd.setExecutionExceptionHandler(Cli::handleExecutionException);
        cmd.setParameterExceptionHandler(Cli::handleParameterException);
        return cmd;
    }

    /** Without a command: the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    CaseService openService() {
        return factory.open(db, user);
    }

    String databaseUrl() {
        return factory.url(db);
    }

    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code = BAD_INPUT;
        if (e instanceof ImportException ie) {
            err.println(Texts.get("cli.importErrors", String.valueOf(ie.errors().size())));
            ie.messages().forEach(line -> err.println("  " + line));
        } else if (e instanceof UsageError) {
            err.println(Texts.get("cli.usageError", e.getMessage()));
            err.println(Texts.get("cli.seeHelp", cmd.getCommandSpec().qualifiedName()));
            code = USAGE;
        } else if (e instanceof UseCaseException || e instanceof DomainException || e instanceof UserError
                || e instanceof FileWriteException || e instanceof ExportException) {
            err.println(Texts.get("cli.error", e.getMessage()));
        } else if (e instanceof java.io.IOException) {
            err.println(Texts.get("cli.ioError"));
        } else {
            org.slf4j.LoggerFactory.getLogger(Cli.class).error("Unexpected error in a command", e);
            err.println(Texts.get("cli.unexpected"));
            if (System.getenv("OVERFOERSEL_DEBUG") != null) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return code;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(Texts.get("cli.usageError", describe(e)));
        err.println(Texts.get("cli.seeHelp", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return USAGE;
    }

    /** picocli's messages are English: each kind of mistake is said again in Danish. */
    private static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return Texts.get("cli.unmatched", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return Texts.get("cli.missingParameter", m.getMissing().stream()
                    .map(Cli::name)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return Texts.get("cli.repeatedOption", name(o.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return Texts.get("cli.badValue", name(e.getArgSpec()), e.getValue());
        }
        return Texts.get("cli.badUsage");
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
    }

    /** The user asked for something the command cannot do as asked (exit code 2, like picocli's own). */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    /** A mistake in what the user asked for, found by a command itself. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    /** {@code overfoersel <pom version>}: the version is written into a resource by Maven at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"overfoersel " + version()};
        }

        static String version() {
            java.util.Properties build = new java.util.Properties();
            try (java.io.InputStream in = Cli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    build.load(in);
                }
            } catch (java.io.IOException e) {
                // no version known: said below
            }
            String version = build.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? Texts.get("cli.versionUnknown") : version;
        }
    }
}
