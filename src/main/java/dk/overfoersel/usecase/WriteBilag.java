package dk.overfoersel.usecase;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.BilagOptions;
import dk.overfoersel.document.BilagWriter;
import dk.overfoersel.domain.TransferCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Writing the appendix (bilag) of a round as PDF or Word, or as PDF bytes for the print preview. */
public final class WriteBilag {

    /** Writes the file (replaced whole, never half written); a failure is a {@link FileNotWrittenException}. */
    public void write(TransferCase transferCase, BilagOptions options, BilagFormat format, Path file) {
        try {
            BilagWriter.write(transferCase, options, format, file);
        } catch (IOException | RuntimeException e) {
            throw new FileNotWrittenException(file, e);
        }
    }

    /** Writes a PDF already rendered (the print preview's, when nothing changed since). */
    public void write(byte[] pdf, Path file) {
        try {
            BilagWriter.write(pdf, file);
        } catch (IOException | RuntimeException e) {
            throw new FileNotWrittenException(file, e);
        }
    }

    /** The appendix as PDF in memory (the print preview). */
    public byte[] pdf(TransferCase transferCase, BilagOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BilagWriter.write(transferCase, options, BilagFormat.PDF, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
