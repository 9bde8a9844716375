package dk.overfoersel.document.note;

import dk.overfoersel.document.BilagDocument;
import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.DocxBilagRenderer;
import dk.overfoersel.document.PdfBilagRenderer;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes a budget note as PDF or Word, through {@link AtomicFile} so a failure leaves no half document. */
public final class NoteDocumentWriter {

    private NoteDocumentWriter() {
    }

    public static void write(BudgetNote note, BilagFormat format, OutputStream out) throws IOException {
        BilagDocument doc = NoteDocumentBuilder.build(note);
        switch (format) {
            case PDF -> new PdfBilagRenderer().render(doc, out);
            case DOCX -> new DocxBilagRenderer().render(doc, out);
        }
    }

    /** Through {@link AtomicFile}: a failure leaves no half document and the old file intact. */
    public static void write(BudgetNote note, BilagFormat format, Path file) throws IOException {
        AtomicFile.write(file, out -> write(note, format, out));
    }
}
