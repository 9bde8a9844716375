package dk.overfoersel.usecase.note;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.exchange.note.NoteJsonWriter;
import dk.overfoersel.exchange.note.NoteXlsxWriter;
import dk.overfoersel.io.AtomicFile;
import dk.overfoersel.usecase.ExchangeFormat;
import dk.overfoersel.usecase.FileNotWrittenException;
import java.io.IOException;
import java.nio.file.Path;

/** Exporting a budget note (as stored) to a JSON file or an Excel workbook, never half written. */
public final class ExportNote {

    /** Writes the file; a file that cannot be written is a {@link FileNotWrittenException}. */
    public void write(BudgetNote note, ExchangeFormat format, Path file) {
        try {
            switch (format) {
                case XLSX -> AtomicFile.write(file, out -> new NoteXlsxWriter().write(note, out));
                case JSON -> AtomicFile.writeString(file, new NoteJsonWriter().write(note));
            }
        } catch (IOException | RuntimeException e) {
            throw new FileNotWrittenException(file, e);
        }
    }
}
