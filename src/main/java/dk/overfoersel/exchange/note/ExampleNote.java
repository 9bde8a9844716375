package dk.overfoersel.exchange.note;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.exchange.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The example budget note shipped in {@code resources/examples/}: BI2, 2016 p/l (the seed's figures, our texts). */
public final class ExampleNote {

    public static final String RESOURCE = "/examples/bi2-2016.json";

    private ExampleNote() {
    }

    public static BudgetNote load() {
        try (InputStream in = ExampleNote.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new NoteJsonReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException("the example note is invalid: " + e.getMessage(), e);
        }
    }
}
