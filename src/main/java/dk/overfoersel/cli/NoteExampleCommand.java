package dk.overfoersel.cli;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.exchange.note.ExampleNote;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "example")
final class NoteExampleCommand implements Callable<Integer> {

    private final NoteCommand note;

    @Option(names = "--replace", descriptionKey = "note.cli.option.replace")
    boolean replace;

    NoteExampleCommand(NoteCommand note) {
        this.note = note;
    }

    @Override
    public Integer call() {
        BudgetNote example = ExampleNote.load();
        long id = note.withNotes(notes -> notes.importNote(example, replace));
        note.out().println(id);
        note.reportChecks(example, false);
        return Cli.OK;
    }
}
