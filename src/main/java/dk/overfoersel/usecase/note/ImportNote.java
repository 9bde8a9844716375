package dk.overfoersel.usecase.note;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.exchange.ImportException;
import dk.overfoersel.exchange.note.NoteJsonReader;
import dk.overfoersel.exchange.note.NoteXlsxReader;
import dk.overfoersel.service.note.NoteService;
import dk.overfoersel.usecase.ExchangeFormat;
import java.nio.file.Path;

/**
 * Importing a budget note from a file (JSON or Excel by its name): the whole file is read and
 * checked first, every error with its path or cell; only a note without errors is stored, in one
 * transaction.
 */
public final class ImportNote {

    /** Reads and checks the whole file; nothing is stored. */
    public BudgetNote read(Path file) throws ImportException {
        return switch (ExchangeFormat.ofFile(file)) {
            case XLSX -> new NoteXlsxReader().read(file);
            case JSON -> new NoteJsonReader().read(file);
        };
    }

    /** Stores a note read before; {@code replace} replaces the note with the same administration, price level and code. */
    public long store(NoteService notes, BudgetNote note, boolean replace) {
        return notes.importNote(note, replace);
    }
}
