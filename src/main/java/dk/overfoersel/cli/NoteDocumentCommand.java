package dk.overfoersel.cli;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.usecase.note.WriteNoteDocument;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "document", sortOptions = false)
final class NoteDocumentCommand implements Callable<Integer> {

    private final NoteCommand note;

    @Option(names = "--note", paramLabel = "ID", descriptionKey = "note.cli.option.note")
    Long id;

    @Option(names = "--strict", descriptionKey = "note.cli.option.strict")
    boolean strict;

    @Option(names = "--output", paramLabel = "FIL.pdf|FIL.docx", required = true, descriptionKey = "cli.option.bilagOutput")
    Path output;

    NoteDocumentCommand(NoteCommand note) {
        this.note = note;
    }

    @Override
    public Integer call() throws Exception {
        BilagFormat format = BilagFormat.ofFile(output)
                .orElseThrow(() -> new Cli.UserError(Texts.get("cli.bilag.unknownExtension", output)));
        BudgetNote budgetNote = note.withNotes(notes -> notes.load(notes.resolveNote(id)));
        new WriteNoteDocument().write(budgetNote, format, output);
        note.out().println(Texts.get("note.cli.document.written", output));
        return note.reportChecks(budgetNote, strict);
    }
}
