package dk.overfoersel.exchange.note;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dk.overfoersel.domain.note.Activity;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.domain.note.Section;
import dk.overfoersel.domain.note.StatedTotals;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a note as {@code overfoersel-note/1}: fields always in the same order, two-space indent,
 * "\n" line ends, each amount list on one line, so export → import → export gives the same bytes.
 */
public final class NoteJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The JSON field of a table. */
    static String field(NoteTableKind kind) {
        return switch (kind) {
            case EXPENDITURE -> "expenditure";
            case BY_COMMITTEE -> "byCommittee";
            case EARLIER_FUNDS -> "earlierFunds";
            case CONVERSIONS -> "conversions";
        };
    }

    public String write(BudgetNote note) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance)
                .withoutSpacesInObjectEntries();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeStringField("format", NoteJsonReader.FORMAT);
            g.writeObjectFieldStart("note");
            g.writeStringField("code", note.code());
            g.writeStringField("title", note.title());
            g.writeStringField("administration", note.administration());
            g.writeStringField("date", note.date().toString());
            g.writeNumberField("priceLevel", note.priceLevel());
            g.writeNumberField("permanentFrom", note.permanentFrom());
            g.writeArrayFieldStart("sections");
            for (Section s : note.sections()) {
                g.writeStartObject();
                g.writeStringField("heading", s.heading());
                g.writeStringField("text", s.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("activities");
            for (Activity a : note.activities()) {
                g.writeStartObject();
                g.writeStringField("activity", a.activity());
                g.writeStringField("effect", a.effect());
                g.writeEndObject();
            }
            g.writeEndArray();
            for (NoteTableKind kind : NoteTableKind.values()) {
                NoteTable table = note.table(kind);
                if (table != null) {
                    table(g, field(kind), kind, table);
                }
            }
            stated(g, note.statedTotals());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    public void write(BudgetNote note, Path file) throws IOException {
        Files.writeString(file, write(note), StandardCharsets.UTF_8);
    }

    private static void table(JsonGenerator g, String field, NoteTableKind kind, NoteTable table) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeFieldName("years");
        g.writeStartArray();
        for (int year : table.years()) {
            g.writeNumber(year);
        }
        g.writeEndArray();
        g.writeFieldName("rows");
        // one row per line: rows are objects, laid out by the object indenter inside a flat array
        g.writeStartArray();
        for (NoteRow row : table.rows()) {
            g.writeStartObject();
            if (kind.hasAreas()) {
                g.writeStringField("area", row.area().name());
            }
            g.writeStringField("label", row.label());
            numbers(g, "amounts", row.amounts());
            if (row.convertsFrom() != null) {
                g.writeStringField("convertsFrom", row.convertsFrom());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void stated(JsonGenerator g, StatedTotals stated) throws IOException {
        if (stated.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("statedTotals");
        perArea(g, "expenditure", stated.expenditure());
        perArea(g, "byCommittee", stated.byCommittee());
        if (stated.earlierFunds() != null) {
            numbers(g, "earlierFunds", stated.earlierFunds());
        }
        if (stated.conversions() != null) {
            numbers(g, "conversions", stated.conversions());
        }
        g.writeEndObject();
    }

    private static void perArea(JsonGenerator g, String field, Map<Area, List<Long>> map) throws IOException {
        if (map.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(field);
        for (Area area : Area.values()) {
            if (map.containsKey(area)) {
                numbers(g, area.name(), map.get(area));
            }
        }
        g.writeEndObject();
    }

    private static void numbers(JsonGenerator g, String field, List<Long> numbers) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (long n : numbers) {
            g.writeNumber(n);
        }
        g.writeEndArray();
    }
}
