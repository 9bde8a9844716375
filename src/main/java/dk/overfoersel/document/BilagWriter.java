package dk.overfoersel.document;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Builds the appendix of a case and writes it as PDF or Word. A file is written to a temporary
 * file beside the target and moved into place, so a failed run never leaves half a document.
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
        writeAtomically(file, out -> write(transferCase, options, format, out));
    }

    /** An appendix already made (the print preview's PDF) written to {@code file}, the same safe way. */
    public static void write(byte[] document, Path file) throws IOException {
        writeAtomically(file, out -> out.write(document));
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Body body) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!Files.isDirectory(absolute.getParent())) {
            throw new java.nio.file.NoSuchFileException(absolute.getParent().toString(), null,
                    Texts.get("bilag.noFolder"));
        }
        // a plain new file (not createTempFile, whose 0600 would end up on the document)
        Path tmp = absolute.resolveSibling(".bilag-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW))) {
                body.writeTo(out);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
