package dk.overfoersel.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.figure.Figure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The parts of {@code overfoersel/2} that {@code /1} does not have: a transfer's {@code figures}
 * ({@code name}, {@code caption}, {@code altText}, {@code sourceNote}, {@code mediaType}, {@code data}
 * as base64) and its {@code checkedAmounts} ({@code ["5,9 mio. kr."]}). Both are optional.
 */
final class JsonFigures {

    static final String FORMAT_2 = "overfoersel/2";
    /** The newest format this program reads. */
    static final int NEWEST = 2;
    /** Base64 of a 10 MB image: 4 characters per 3 bytes. */
    static final int MAX_BASE64 = (Figure.MAX_BYTES + 2) / 3 * 4;
    /** The JSON reader's limit on one string: a 10 MB image's base64, with room to spare. */
    static final int MAX_STRING = 14_000_000;

    static final Set<String> TRANSFER_FIELDS = Set.of("figures", "checkedAmounts");
    private static final Set<String> FIGURE_FIELDS = Set.of("name", "caption", "altText", "sourceNote", "mediaType", "data");

    private JsonFigures() {
    }

    /** The format a case needs: {@code /1} unless a transfer has figures or checked amounts. */
    static String formatFor(List<Transfer> transfers) {
        boolean needs2 = transfers.stream().anyMatch(t -> !t.images().isEmpty() || !t.checkedAmounts().isEmpty());
        return needs2 ? FORMAT_2 : JsonCaseReader.FORMAT;
    }

    /** The version of a format "overfoersel/N", or 0 when it is not one. */
    static int version(String format) {
        if (format != null && format.matches("overfoersel/[1-9][0-9]{0,8}")) {
            return Integer.parseInt(format.substring("overfoersel/".length()));
        }
        return 0;
    }

    static List<Figure> readFigures(JsonNode transfer, String path, BiConsumer<String, String> error) {
        List<Figure> figures = new ArrayList<>();
        JsonNode array = transfer.get("figures");
        if (array == null || array.isNull()) {
            return figures;
        }
        if (!array.isArray()) {
            error.accept(path + ".figures", Texts.get("import.expectedArray"));
            return figures;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = path + ".figures[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                error.accept(at, Texts.get("import.expectedObject"));
                continue;
            }
            boolean ok = true;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!FIGURE_FIELDS.contains(name)) {
                    error.accept(at + "." + name, Texts.get("import.unknownField"));
                    ok = false;
                }
            }
            String name = text(node, at, "name", true, error);
            String altText = text(node, at, "altText", true, error);
            String caption = text(node, at, "caption", false, error);
            String sourceNote = text(node, at, "sourceNote", false, error);
            String mediaType = text(node, at, "mediaType", false, error);
            byte[] data = data(node, at, name, error);
            if (!ok || name == null || altText == null || caption == null || sourceNote == null || mediaType == null
                    || data == null) {
                continue;
            }
            try {
                figures.add(new Figure(name, caption, altText, mediaType.isEmpty() ? null : mediaType, data, sourceNote));
            } catch (DomainException e) {
                error.accept(at, e.getMessage());
            }
        }
        return figures;
    }

    static List<String> readCheckedAmounts(JsonNode transfer, String path, BiConsumer<String, String> error) {
        List<String> amounts = new ArrayList<>();
        JsonNode array = transfer.get("checkedAmounts");
        if (array == null || array.isNull()) {
            return amounts;
        }
        if (!array.isArray()) {
            error.accept(path + ".checkedAmounts", Texts.get("import.expectedArray"));
            return amounts;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            String at = path + ".checkedAmounts[" + i + "]";
            if (!value.isTextual()) {
                error.accept(at, Texts.get("import.expectedText"));
            } else if (dk.overfoersel.domain.check.DanishAmounts.canonical(value.textValue()).isEmpty()) {
                error.accept(at, Texts.get("import.figures.notAnAmount", value.textValue()));
            } else {
                amounts.add(value.textValue());
            }
        }
        return amounts;
    }

    static void write(JsonGenerator g, Transfer t) throws IOException {
        if (!t.images().isEmpty()) {
            g.writeArrayFieldStart("figures");
            for (Figure f : t.images()) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                g.writeStringField("caption", f.caption());
                g.writeStringField("altText", f.altText());
                g.writeStringField("sourceNote", f.sourceNote());
                g.writeStringField("mediaType", f.mediaType());
                g.writeStringField("data", Base64.getEncoder().encodeToString(f.data()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!t.checkedAmounts().isEmpty()) {
            g.writeArrayFieldStart("checkedAmounts");
            for (String a : t.checkedAmounts()) {
                g.writeString(a);
            }
            g.writeEndArray();
        }
    }

    private static String text(JsonNode node, String path, String field, boolean required, BiConsumer<String, String> error) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error.accept(path + "." + field, Texts.get(field.equals("altText") ? "import.figures.altText" : "import.missing"));
                return null;
            }
            return "";
        }
        if (!value.isTextual()) {
            error.accept(path + "." + field, Texts.get("import.expectedText"));
            return null;
        }
        if (required && value.textValue().isBlank()) {
            error.accept(path + "." + field, Texts.get(field.equals("altText") ? "import.figures.altText" : "import.figures.blank"));
            return null;
        }
        return value.textValue();
    }

    private static byte[] data(JsonNode node, String path, String name, BiConsumer<String, String> error) {
        JsonNode value = node.get("data");
        String at = path + ".data";
        if (value == null || value.isNull()) {
            error.accept(at, Texts.get("import.missing"));
            return null;
        }
        if (!value.isTextual()) {
            error.accept(at, Texts.get("import.figures.base64"));
            return null;
        }
        String text = value.textValue();
        if (text.length() > MAX_BASE64) {
            error.accept(at, Figure.tooLarge(name == null ? "" : name, (long) text.length() / 4 * 3));
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            error.accept(at, Texts.get("import.figures.base64"));
            return null;
        }
    }
}
