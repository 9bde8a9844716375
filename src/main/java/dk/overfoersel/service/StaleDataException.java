package dk.overfoersel.service;

/** What was edited changed in the database since it was read (optimistic locking); reload and retry. */
public class StaleDataException extends UseCaseException {
    public StaleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
