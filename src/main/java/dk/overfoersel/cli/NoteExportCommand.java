package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.exchange.note.NoteJsonWriter;
import dk.overfoersel.exchange.note.NoteXlsxWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", sortOptions = false)
final class NoteExportCommand implements Callable<Integer> {

    private final NoteCommand note;

    @Option(names = "--note", paramLabel = "ID", descriptionKey = "note.cli.option.note")
    Long id;

    @Option(names = "--format", paramLabel = "json|xlsx", descriptionKey = "cli.option.format")
    String format;

    @Parameters(index = "0", paramLabel = "FIL", descriptionKey = "cli.param.exportFile")
    Path file;

    NoteExportCommand(NoteCommand note) {
        this.note = note;
    }

    @Override
    public Integer call() throws Exception {
        String f = format == null ? (NoteCommand.isXlsx(file) ? "xlsx" : "json") : format.toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("xlsx")) {
            throw new Cli.UserError(Texts.get("note.cli.export.unknownFormat", format));
        }
        BudgetNote budgetNote = note.withNotes(notes -> notes.load(notes.resolveNote(id)));
        if (f.equals("xlsx")) {
            new NoteXlsxWriter().write(budgetNote, file);
        } else {
            new NoteJsonWriter().write(budgetNote, file);
        }
        return Cli.OK;
    }
}
