package dk.overfoersel.store;

/** The database could not be opened or a stored rule was broken; the message is Danish. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
