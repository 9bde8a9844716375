package dk.overfoersel.usecase;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.UseCaseException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A file (export, appendix) could not be written; the message is Danish and names the file and why. */
public final class FileNotWrittenException extends UseCaseException {

    public FileNotWrittenException(Path file, Throwable cause) {
        super(message(file, cause), cause);
    }

    /** The writers' own Danish messages (they name the file and what to do) are kept as they are. */
    private static String message(Path file, Throwable cause) {
        if ((cause instanceof dk.overfoersel.io.FileWriteException || cause instanceof dk.overfoersel.exchange.ExportException)
                && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return Texts.get("usecase.fileNotWritten", file, reason(cause));
    }

    private static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return Texts.get("usecase.accessDenied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return Texts.get("usecase.writeFailed");
    }
}
