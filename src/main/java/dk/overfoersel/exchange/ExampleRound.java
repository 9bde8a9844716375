package dk.overfoersel.exchange;

import dk.overfoersel.domain.TransferCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The example round shipped in {@code resources/examples/}: BIF, accounts year 2008. */
public final class ExampleRound {

    public static final String RESOURCE = "/examples/bif-2008.json";

    private ExampleRound() {
    }

    public static TransferCase load() {
        try (InputStream in = ExampleRound.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new JsonCaseReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException("the example round is invalid: " + e.getMessage(), e);
        }
    }
}
