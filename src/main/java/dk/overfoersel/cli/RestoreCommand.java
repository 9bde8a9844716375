package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.backup.Backups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: backs up the current state into backups/, then replaces the database without asking. */
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {

    private final Cli root;

    @Parameters(index = "0", paramLabel = "FIL", descriptionKey = "cli.param.restoreFile")
    Path file;

    RestoreCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Backups.RestoreReport report = Backups.restore(root.databaseUrl(), file, Clock.systemDefaultZone());
        PrintWriter out = root.spec.commandLine().getOut();
        if (report.safetyBackup() != null) {
            out.println(Texts.get(report.safetyCopiedAsIs() ? "restore.safetyAsIs" : "restore.safety", report.safetyBackup()));
        }
        out.println(Texts.get("restore.done", report.databaseFile(), report.restoredFrom()));
        return Cli.OK;
    }
}
