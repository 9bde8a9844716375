package dk.overfoersel.exchange;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A file that cannot be imported; carries every error found, each naming its place. */
public class ImportException extends Exception {

    private final transient List<ImportError> errors;

    public ImportException(List<ImportError> errors) {
        super(String.join(System.lineSeparator(), errors.stream().map(ImportError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    /** An error of the whole file. */
    public static ImportException ofFile(String message) {
        return new ImportException(List.of(ImportError.ofFile(message)));
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** Each error as a line: {@code place: message}. */
    public List<String> messages() {
        return errors.stream().map(ImportError::toString).toList();
    }

    /** How a reader turns a stream into a case. */
    @FunctionalInterface
    interface StreamReader {
        TransferCase read(InputStream in) throws ImportException, IOException;
    }

    /** Opens the file for a reader; a missing or unreadable file becomes a Danish import error. */
    static TransferCase readFile(Path file, StreamReader reader) throws ImportException {
        if (Files.isDirectory(file)) {
            throw ofFile(Texts.get("import.isDirectory", file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (NoSuchFileException e) {
            throw ofFile(Texts.get("import.fileNotFound", file));
        } catch (AccessDeniedException e) {
            throw ofFile(Texts.get("import.accessDenied", file));
        } catch (IOException e) {
            throw ofFile(Texts.get("import.cannotRead", file));
        }
    }
}
