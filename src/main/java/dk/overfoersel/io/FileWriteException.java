package dk.overfoersel.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file could not be written; the message is Danish, names the target and says what to do. */
public class FileWriteException extends IOException {

    private final transient Path target;

    public FileWriteException(Path target, String message) {
        super(message);
        this.target = target;
    }

    public FileWriteException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
