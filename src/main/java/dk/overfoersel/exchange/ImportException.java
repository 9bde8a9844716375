package dk.overfoersel.exchange;

import java.util.List;

/** A file that cannot be imported; carries every error found, each naming its place. */
public class ImportException extends Exception {

    private final List<String> errors;

    public ImportException(List<String> errors) {
        super(String.join(System.lineSeparator(), errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
