package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.CaseService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup [FILE]}: a consistent copy of the database, into backups/ next to it unless a file is named. */
@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {

    private final Cli root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FIL", descriptionKey = "cli.param.backupFile")
    Path file;

    BackupCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (CaseService service = root.openService()) {
            Path written = service.backup(file);
            root.spec.commandLine().getOut().println(Texts.get("backup.done", written));
        }
        return Cli.OK;
    }
}
