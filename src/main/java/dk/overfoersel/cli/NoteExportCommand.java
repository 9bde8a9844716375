package dk.overfoersel.cli;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.usecase.ExchangeFormat;
import dk.overfoersel.usecase.note.ExportNote;
import java.nio.file.Path;
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
        // the format as the round's export decides it: by the extension, --format may say the same
        ExchangeFormat f = ExportCommand.xlsx(format, file) ? ExchangeFormat.XLSX : ExchangeFormat.JSON;
        BudgetNote budgetNote = note.withNotes(notes -> notes.load(notes.resolveNote(id)));
        new ExportNote().write(budgetNote, f, file);
        return Cli.OK;
    }
}
