package dk.overfoersel.exchange;

/**
 * One error of a file, as a value: {@code path} is where the exchange format has it
 * ({@code transfers[2].amount}), {@code place} how the user finds it
 * ({@code transfers[2] (overførsel 12).amount}, {@code Overførsler!D4}, {@code linje 3, kolonne 7}),
 * {@code message} the Danish text. An error of the whole file has an empty path and place.
 */
public record ImportError(String path, String place, String message) {

    public ImportError {
        path = path == null ? "" : path;
        place = place == null ? "" : place;
    }

    /** An error of the whole file. */
    public static ImportError ofFile(String message) {
        return new ImportError("", "", message);
    }

    public ImportError at(String newPlace) {
        return new ImportError(path, newPlace, message);
    }

    @Override
    public String toString() {
        return place.isEmpty() ? message : place + ": " + message;
    }
}
