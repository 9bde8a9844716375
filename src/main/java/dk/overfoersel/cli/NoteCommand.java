package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteFinding;
import dk.overfoersel.service.CaseService;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code overfoersel note import|list|export|summary|document|example}: budget notes. */
@Command(name = "note", sortOptions = false)
final class NoteCommand implements Runnable {

    /** A failed check with {@code --strict}. */
    static final int CHECKS_FAILED = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    final Cli root;

    private NoteCommand(Cli root) {
        this.root = root;
    }

    static CommandLine commandLine(Cli root) {
        NoteCommand note = new NoteCommand(root);
        CommandLine cmd = new CommandLine(note);
        cmd.addSubcommand(new NoteImportCommand(note));
        cmd.addSubcommand(new NoteListCommand(note));
        cmd.addSubcommand(new NoteExportCommand(note));
        cmd.addSubcommand(new NoteSummaryCommand(note));
        cmd.addSubcommand(new NoteDocumentCommand(note));
        cmd.addSubcommand(new NoteExampleCommand(note));
        return cmd;
    }

    /** Without a subcommand: the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs work on the note use cases of the database chosen by {@code --db}. */
    <T> T withNotes(Function<dk.overfoersel.service.note.NoteService, T> work) {
        try (CaseService service = root.openService()) {
            return work.apply(service.notes());
        }
    }

    PrintWriter out() {
        return root.spec.commandLine().getOut();
    }

    PrintWriter err() {
        return root.spec.commandLine().getErr();
    }

    /** Prints the checks as "Bemærk: …" on stderr; the exit code: 3 when strict and a check failed. */
    int reportChecks(BudgetNote note, boolean strict) {
        List<NoteFinding> findings = note.checks();
        PrintWriter err = err();
        for (NoteFinding f : findings) {
            err.println(Texts.get("note.cli.remark", f.message()));
        }
        err.flush();
        return strict && !findings.isEmpty() ? CHECKS_FAILED : Cli.OK;
    }
}
