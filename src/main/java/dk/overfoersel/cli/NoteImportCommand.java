package dk.overfoersel.cli;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.usecase.note.ImportNote;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", sortOptions = false)
final class NoteImportCommand implements Callable<Integer> {

    private final NoteCommand note;

    @Option(names = "--replace", descriptionKey = "note.cli.option.replace")
    boolean replace;

    @Parameters(index = "0", paramLabel = "FIL.json|FIL.xlsx", descriptionKey = "cli.param.importFile")
    Path file;

    NoteImportCommand(NoteCommand note) {
        this.note = note;
    }

    @Override
    public Integer call() throws Exception {
        // the whole file is read and checked first: nothing is written when it has errors
        ImportNote importNote = new ImportNote();
        BudgetNote budgetNote = importNote.read(file);
        long id = note.withNotes(notes -> importNote.store(notes, budgetNote, replace));
        note.out().println(id);
        note.reportChecks(budgetNote, false);
        return Cli.OK;
    }
}
