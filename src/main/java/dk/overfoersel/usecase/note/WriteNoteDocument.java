package dk.overfoersel.usecase.note;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.note.NoteDocumentWriter;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.io.AtomicFile;
import dk.overfoersel.usecase.FileNotWrittenException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writing a budget note as PDF or Word, or as PDF bytes for the print preview. */
public final class WriteNoteDocument {

    /** Writes the file (replaced whole, never half written); a failure is a {@link FileNotWrittenException}. */
    public void write(BudgetNote note, BilagFormat format, Path file) {
        try {
            NoteDocumentWriter.write(note, format, file);
        } catch (IOException | RuntimeException e) {
            throw new FileNotWrittenException(file, e);
        }
    }

    /** Writes a PDF already rendered (the print preview's, when nothing changed since). */
    public void write(byte[] pdf, Path file) {
        try {
            AtomicFile.write(file, out -> out.write(pdf));
        } catch (IOException | RuntimeException e) {
            throw new FileNotWrittenException(file, e);
        }
    }

    /** The note as PDF in memory (the print preview). */
    public byte[] pdf(BudgetNote note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            NoteDocumentWriter.write(note, BilagFormat.PDF, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
