package dk.overfoersel.exchange;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    /** How a reader turns a stream into a case. */
    @FunctionalInterface
    interface StreamReader {
        TransferCase read(InputStream in) throws ImportException, IOException;
    }

    /** Opens the file for a reader; a missing or unreadable file becomes a Danish import error. */
    static TransferCase readFile(Path file, StreamReader reader) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (NoSuchFileException e) {
            throw new ImportException(List.of(Texts.get("import.fileNotFound", file)));
        } catch (IOException e) {
            throw new ImportException(List.of(Texts.get("import.cannotRead", file, String.valueOf(e.getMessage()))));
        }
    }
}
