package dk.overfoersel.store;

/** Optimistic locking: the row changed (or vanished) since it was read. */
public class ConcurrentChangeException extends StoreException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
