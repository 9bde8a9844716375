package dk.overfoersel.document;

import dk.overfoersel.domain.TransferCase;
import java.io.IOException;
import java.io.OutputStream;
import dk.overfoersel.io.AtomicFile;
import java.nio.file.Path;

/**
 * Builds the appendix of a case and writes it as PDF or Word. A file is written through
 * {@link AtomicFile}, so a failed run never leaves half a document and never harms the old one.
 */
public final class BilagWriter {

    private BilagWriter() {
    }

    public static void write(TransferCase transferCase, BilagOptions options, BilagFormat format, OutputStream out)
            throws IOException {
        BilagDocument doc = BilagBuilder.build(transferCase, options);
        switch (format) {
            case PDF -> new PdfBilagRenderer().render(doc, out);
            case DOCX -> new DocxBilagRenderer().render(doc, out);
        }
    }

    public static void write(TransferCase transferCase, BilagOptions options, BilagFormat format, Path file)
            throws IOException {
        AtomicFile.write(file, out -> write(transferCase, options, format, out));
    }

    /** An appendix already made (the print preview's PDF) written to {@code file}, the same safe way. */
    public static void write(byte[] document, Path file) throws IOException {
        AtomicFile.write(file, out -> out.write(document));
    }
}
