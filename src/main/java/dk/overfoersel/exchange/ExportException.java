package dk.overfoersel.exchange;

import java.io.IOException;

/** A case cannot be written in the chosen format; the message is Danish and names what is in the way. */
public class ExportException extends IOException {
    public ExportException(String message) {
        super(message);
    }
}
