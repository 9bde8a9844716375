package dk.overfoersel.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Deterministic JSON output: two-space indent, "\n" line ends, amounts as plain numbers. */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    static String write(Body body) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withoutSpacesInObjectEntries();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    static void amount(JsonGenerator g, String field, dk.overfoersel.domain.Money money) throws IOException {
        g.writeNumberField(field, money.kroner());
    }
}
