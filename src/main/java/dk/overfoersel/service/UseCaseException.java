package dk.overfoersel.service;

/** A use case refused the request; the message is Danish and names what is wrong. */
public class UseCaseException extends RuntimeException {
    public UseCaseException(String message) {
        super(message);
    }

    public UseCaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
