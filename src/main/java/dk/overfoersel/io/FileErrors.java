package dk.overfoersel.io;

import dk.overfoersel.domain.Texts;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What went wrong with a file, in Danish, naming the file the user chose — never the temporary
 * file's name nor the operating system's English text.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** Writing {@code file} failed with {@code e}; {@code existed}: the old file is still there, unchanged. */
    public static FileWriteException write(Path file, boolean existed, IOException e) {
        Path folder = file.getParent();
        String reason = String.valueOf(e instanceof FileSystemException f ? f.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        String what;
        if (reason.contains("no space left") || reason.contains("quota") || reason.contains("disk full")) {
            what = Texts.get("io.diskFull", file);
        } else if (reason.contains("read-only file system")) {
            what = Texts.get("io.readOnly", file, folder);
        } else if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("access is denied") || reason.contains("operation not permitted")) {
            what = Texts.get("io.accessDenied", file, folder);
        } else if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            what = Texts.get("io.noFolder", file, folder);
        } else if (reason.contains("file name too long") || reason.contains("name too long")) {
            what = Texts.get("io.nameTooLong", file);
        } else {
            what = Texts.get("io.failed", file);
        }
        String message = existed ? what + " " + Texts.get("io.oldKept", file.getFileName()) : what;
        return new FileWriteException(file, message, e);
    }
}
