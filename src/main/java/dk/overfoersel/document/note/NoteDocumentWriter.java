package dk.overfoersel.document.note;

import dk.overfoersel.document.BilagDocument;
import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.DocxBilagRenderer;
import dk.overfoersel.document.PdfBilagRenderer;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.BudgetNote;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a budget note as PDF or Word, through a temporary file so a failure leaves no half document. */
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

    public static void write(BudgetNote note, BilagFormat format, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!Files.isDirectory(absolute.getParent())) {
            throw new java.nio.file.NoSuchFileException(absolute.getParent().toString(), null, Texts.get("bilag.noFolder"));
        }
        Path tmp = absolute.resolveSibling(".note-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW))) {
                write(note, format, out);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
