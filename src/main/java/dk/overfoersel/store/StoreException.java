package dk.overfoersel.store;

/** The database could not be opened or a stored rule was broken; the message is Danish. */
public class StoreException extends RuntimeException {

    private boolean inUse;

    /** The database is held by another program (H2 90020). */
    public static StoreException inUse(String message, Throwable cause) {
        StoreException e = new StoreException(message, cause);
        e.inUse = true;
        return e;
    }

    public boolean inUse() {
        return inUse;
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
