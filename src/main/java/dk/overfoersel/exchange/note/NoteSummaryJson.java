package dk.overfoersel.exchange.note;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteFinding;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code note summary --json}: the computed totals per table, area and year, and the checks. */
public final class NoteSummaryJson {

    private NoteSummaryJson() {
    }

    public static String write(BudgetNote note) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance).withoutSpacesInObjectEntries();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeStringField("code", note.code());
            g.writeNumberField("priceLevel", note.priceLevel());
            g.writeObjectFieldStart("tables");
            for (NoteTableKind kind : NoteTableKind.values()) {
                NoteTable t = note.table(kind);
                if (t == null) {
                    continue;
                }
                g.writeObjectFieldStart(NoteJsonWriter.field(kind));
                g.writeNumberField("table", kind.number());
                numbers(g, "years", t.years().stream().map(Integer::longValue).toList());
                if (kind.hasAreas()) {
                    g.writeObjectFieldStart("areas");
                    for (Area area : t.areas()) {
                        g.writeObjectFieldStart(area.name());
                        numbers(g, "totals", t.totals(area));
                        g.writeNumberField("total", t.totals(area).stream().mapToLong(Long::longValue).sum());
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                numbers(g, "totals", t.totals());
                g.writeNumberField("total", t.total());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("checks");
            for (NoteFinding f : note.checks()) {
                g.writeStartObject();
                g.writeStringField("code", f.code().name());
                g.writeNumberField("table", f.table().number());
                g.writeNumberField("year", f.year());
                if (f.area() != null) {
                    g.writeStringField("area", f.area().name());
                }
                if (f.source() != null) {
                    g.writeStringField("source", f.source());
                }
                g.writeNumberField("expected", f.stated());
                g.writeNumberField("actual", f.actual());
                g.writeNumberField("difference", f.difference());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void numbers(JsonGenerator g, String field, List<Long> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (long v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }
}
