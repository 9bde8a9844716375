package dk.overfoersel.domain;

/** A broken domain rule; the message is Danish and fit to show a user. */
public class DomainException extends IllegalArgumentException {
    public DomainException(String message) {
        super(message);
    }
}
