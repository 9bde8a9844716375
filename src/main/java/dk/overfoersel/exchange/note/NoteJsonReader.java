package dk.overfoersel.exchange.note;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Activity;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.domain.note.Section;
import dk.overfoersel.domain.note.StatedTotals;
import dk.overfoersel.exchange.ImportError;
import dk.overfoersel.exchange.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the exchange format {@code overfoersel-note/1}. Numbers are read exactly; every error of the
 * file is collected with its path ({@code expenditure.rows[3].amounts[1]: …}) before anything is built,
 * so a file with an error gives no note at all.
 */
public final class NoteJsonReader {

    public static final String FORMAT = "overfoersel-note/1";

    private static final Set<String> ROOT_FIELDS = Set.of("format", "note");
    private static final Set<String> NOTE_FIELDS = Set.of("code", "title", "administration", "date", "priceLevel",
            "permanentFrom", "sections", "activities", "expenditure", "byCommittee", "earlierFunds", "conversions",
            "statedTotals");
    private static final Set<String> SECTION_FIELDS = Set.of("heading", "text");
    private static final Set<String> ACTIVITY_FIELDS = Set.of("activity", "effect");
    private static final Set<String> TABLE_FIELDS = Set.of("years", "rows");
    private static final Set<String> AREA_ROW_FIELDS = Set.of("area", "label", "amounts");
    private static final Set<String> ROW_FIELDS = Set.of("label", "amounts");
    private static final Set<String> CONVERSION_ROW_FIELDS = Set.of("label", "amounts", "convertsFrom");
    private static final Set<String> STATED_FIELDS = Set.of("expenditure", "byCommittee", "earlierFunds", "conversions");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private List<ImportError> errors;
    /** The note object being read: a table it has but that had errors is not reported again for its totals. */
    private JsonNode present;

    public BudgetNote read(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw ImportException.ofFile(Texts.get("import.fileNotFound", file));
        } catch (IOException e) {
            throw ImportException.ofFile(Texts.get("import.cannotRead", file, String.valueOf(e.getMessage())));
        }
    }

    public BudgetNote read(InputStream in) throws ImportException, IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : Texts.get("import.at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
            throw ImportException.ofFile(Texts.get("import.notJson", where, e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw ImportException.ofFile(Texts.get("import.empty"));
        }
        return read(root);
    }

    /** Validates and builds; synchronized because the error list is per call. */
    public synchronized BudgetNote read(JsonNode root) throws ImportException {
        errors = new ArrayList<>();
        try {
            BudgetNote note = readRoot(root);
            if (!errors.isEmpty() || note == null) {
                throw errors.isEmpty() ? ImportException.ofFile(Texts.get("import.empty")) : new ImportException(errors);
            }
            return note;
        } finally {
            errors = null;
        }
    }

    private BudgetNote readRoot(JsonNode root) {
        if (!root.isObject()) {
            error("", Texts.get("import.expectedObject"));
            return null;
        }
        unknownFields(root, "", ROOT_FIELDS);
        JsonNode format = root.get("format");
        if (format == null) {
            error("format", Texts.get("import.missing"));
        } else if (!format.isTextual() || !FORMAT.equals(format.textValue())) {
            error("format", Texts.get("import.unknownFormat", format.isTextual() ? format.textValue() : format.toString(), FORMAT));
        }
        JsonNode note = root.get("note");
        if (note == null) {
            error("note", Texts.get("import.missing"));
            return null;
        }
        return readNote(note, "note");
    }

    private BudgetNote readNote(JsonNode node, String path) {
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return null;
        }
        unknownFields(node, path, NOTE_FIELDS);
        String code = requiredText(node, path, "code");
        String title = requiredText(node, path, "title");
        String administration = requiredText(node, path, "administration");
        LocalDate date = date(node, path, "date");
        Integer priceLevel = year(node, path, "priceLevel", true);
        Integer permanentFrom = year(node, path, "permanentFrom", true);
        List<Section> sections = list(node, path, "sections", (item, p) -> {
            unknownFields(item, p, SECTION_FIELDS);
            String heading = requiredText(item, p, "heading");
            String text = optionalText(item, p, "text");
            return heading == null ? null : build(p, () -> new Section(heading, text));
        });
        List<Activity> activities = list(node, path, "activities", (item, p) -> {
            unknownFields(item, p, ACTIVITY_FIELDS);
            String activity = requiredText(item, p, "activity");
            String effect = optionalText(item, p, "effect");
            return activity == null ? null : build(p, () -> new Activity(activity, effect));
        });
        NoteTable expenditure = table(node, path, NoteTableKind.EXPENDITURE, true);
        NoteTable byCommittee = table(node, path, NoteTableKind.BY_COMMITTEE, false);
        NoteTable earlierFunds = table(node, path, NoteTableKind.EARLIER_FUNDS, false);
        NoteTable conversions = table(node, path, NoteTableKind.CONVERSIONS, false);
        if (earlierFunds != null && conversions != null) {
            checkSources(path, earlierFunds, conversions);
        } else if (conversions != null) {
            for (int i = 0; i < conversions.rows().size(); i++) {
                if (conversions.rows().get(i).convertsFrom() != null) {
                    error(path + ".conversions.rows[" + i + "].convertsFrom", Texts.get("note.import.noEarlierFunds"));
                }
            }
        }
        present = node;
        StatedTotals stated = stated(node.get("statedTotals"), path + ".statedTotals", expenditure, byCommittee,
                earlierFunds, conversions);
        if (!errors.isEmpty()) {
            return null;
        }
        return build(path, () -> new BudgetNote(code, title, administration, date, priceLevel, permanentFrom, sections,
                activities, expenditure, byCommittee, earlierFunds, conversions, stated));
    }

    // ---- tables ---------------------------------------------------------------------------

    private NoteTable table(JsonNode note, String notePath, NoteTableKind kind, boolean required) {
        String field = NoteJsonWriter.field(kind);
        String path = notePath + "." + field;
        JsonNode node = note.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, Texts.get("import.missing"));
            }
            return null;
        }
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(node, path, TABLE_FIELDS);
        List<Integer> years = new ArrayList<>();
        JsonNode ys = node.get("years");
        if (ys == null) {
            error(path + ".years", Texts.get("import.missing"));
        } else if (!ys.isArray()) {
            error(path + ".years", Texts.get("import.expectedArray"));
        } else if (ys.isEmpty()) {
            error(path + ".years", Texts.get("note.rule.noYears"));
        } else {
            for (int i = 0; i < ys.size(); i++) {
                String p = path + ".years[" + i + "]";
                Integer year = yearValue(ys.get(i), p);
                if (year != null) {
                    if (!years.isEmpty() && year <= years.get(years.size() - 1)) {
                        error(p, Texts.get("note.rule.yearsOrder", String.valueOf(year)));
                    }
                    years.add(year);
                }
            }
        }
        Set<String> rowFields = kind.hasAreas() ? AREA_ROW_FIELDS
                : kind == NoteTableKind.CONVERSIONS ? CONVERSION_ROW_FIELDS : ROW_FIELDS;
        List<NoteRow> rows = new ArrayList<>();
        JsonNode array = node.get("rows");
        if (array == null) {
            error(path + ".rows", Texts.get("import.missing"));
        } else if (!array.isArray()) {
            error(path + ".rows", Texts.get("import.expectedArray"));
        } else {
            for (int i = 0; i < array.size(); i++) {
                NoteRow row = row(array.get(i), path + ".rows[" + i + "]", kind, rowFields, ys != null && ys.isArray() ? ys.size() : -1);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return build(path, () -> new NoteTable(years, rows));
    }

    private NoteRow row(JsonNode node, String path, NoteTableKind kind, Set<String> fields, int yearCount) {
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(node, path, fields);
        Area area = null;
        if (kind.hasAreas()) {
            area = area(node.get("area"), path + ".area");
        }
        String label = requiredText(node, path, "label");
        List<Long> amounts = amounts(node.get("amounts"), path + ".amounts", yearCount);
        String convertsFrom = null;
        if (kind == NoteTableKind.CONVERSIONS) {
            JsonNode from = node.get("convertsFrom");
            if (from != null && !from.isNull()) {
                if (!from.isTextual() || from.textValue().isBlank()) {
                    error(path + ".convertsFrom", Texts.get("import.expectedText"));
                } else {
                    convertsFrom = from.textValue();
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Area a = area;
        String c = convertsFrom;
        return build(path, () -> new NoteRow(a, label, amounts, c));
    }

    private Area area(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            error(path, Texts.get("import.missing"));
            return null;
        }
        if (node.isTextual()) {
            try {
                return Area.valueOf(node.textValue());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        error(path, Texts.get("note.import.unknownArea", node.isTextual() ? node.textValue() : node.toString()));
        return null;
    }

    /** A list of whole thousands, one per year; {@code count} -1 when the years are unknown. */
    private List<Long> amounts(JsonNode node, String path, int count) {
        if (node == null || node.isNull()) {
            error(path, Texts.get("import.missing"));
            return null;
        }
        if (!node.isArray()) {
            error(path, Texts.get("import.expectedArray"));
            return null;
        }
        if (count >= 0 && node.size() != count) {
            error(path, Texts.get("note.import.amountCount", String.valueOf(node.size()), String.valueOf(count)));
            return null;
        }
        List<Long> amounts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Long amount = thousands(node.get(i), path + "[" + i + "]");
            if (amount != null) {
                amounts.add(amount);
            }
        }
        return amounts.size() == node.size() ? amounts : null;
    }

    private Long thousands(JsonNode value, String path) {
        if (!value.isNumber()) {
            error(path, Texts.get("note.import.expectedNumber", value.toString()));
            return null;
        }
        if (!value.isIntegralNumber()) {
            java.math.BigDecimal d = value.decimalValue();
            if (d.stripTrailingZeros().scale() > 0) {
                error(path, Texts.get("note.import.wholeThousands", d.toPlainString()));
                return null;
            }
        }
        java.math.BigInteger v = value.bigIntegerValue();
        if (v.abs().compareTo(java.math.BigInteger.valueOf(NoteRow.MAX_AMOUNT)) > 0) {
            error(path, Texts.get("import.tooLarge", v.toString()));
            return null;
        }
        return v.longValue();
    }

    private void checkSources(String path, NoteTable earlierFunds, NoteTable conversions) {
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < earlierFunds.rows().size(); i++) {
            String label = earlierFunds.rows().get(i).label();
            if (!labels.add(label)) {
                error(path + ".earlierFunds.rows[" + i + "].label", Texts.get("note.rule.duplicateSource", label));
            }
        }
        for (int i = 0; i < conversions.rows().size(); i++) {
            NoteRow row = conversions.rows().get(i);
            if (row.convertsFrom() != null && !labels.contains(row.convertsFrom())) {
                error(path + ".conversions.rows[" + i + "].convertsFrom",
                        Texts.get("note.import.unknownSource", row.convertsFrom()));
            }
        }
    }

    // ---- stated totals -----------------------------------------------------------------------

    private StatedTotals stated(JsonNode node, String path, NoteTable expenditure, NoteTable byCommittee,
                                NoteTable earlierFunds, NoteTable conversions) {
        if (node == null || node.isNull()) {
            return StatedTotals.NONE;
        }
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return null;
        }
        unknownFields(node, path, STATED_FIELDS);
        Map<Area, List<Long>> e = perArea(node.get("expenditure"), path + ".expenditure", expenditure, "expenditure");
        Map<Area, List<Long>> c = perArea(node.get("byCommittee"), path + ".byCommittee", byCommittee, "byCommittee");
        List<Long> f = statedList(node.get("earlierFunds"), path + ".earlierFunds", earlierFunds, "earlierFunds");
        List<Long> v = statedList(node.get("conversions"), path + ".conversions", conversions, "conversions");
        return new StatedTotals(e, c, f, v);
    }

    private Map<Area, List<Long>> perArea(JsonNode node, String path, NoteTable table, String field) {
        Map<Area, List<Long>> map = new EnumMap<>(Area.class);
        if (node == null || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return map;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String p = path + "." + entry.getKey();
            Area area = area(new com.fasterxml.jackson.databind.node.TextNode(entry.getKey()), p);
            List<Long> list = statedList(entry.getValue(), p, table, field);
            if (area != null && list != null) {
                map.put(area, list);
            }
        }
        return map;
    }

    private List<Long> statedList(JsonNode node, String path, NoteTable table, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (table == null && present.hasNonNull(field)) {
            return null; // the table itself has errors, reported there
        }
        if (table == null) {
            error(path, Texts.get("note.import.statedWithoutTable"));
            return null;
        }
        return amounts(node, path, table.years().size());
    }

    // ---- fields -------------------------------------------------------------------------------

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode item, String path);
    }

    private <T> List<T> list(JsonNode node, String path, String field, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        JsonNode array = node.get(field);
        String p = path + "." + field;
        if (array == null || array.isNull()) {
            return items;
        }
        if (!array.isArray()) {
            error(p, Texts.get("import.expectedArray"));
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            String ip = p + "[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                error(ip, Texts.get("import.expectedObject"));
                continue;
            }
            T t = reader.read(item, ip);
            if (t != null) {
                items.add(t);
            }
        }
        return items;
    }

    private LocalDate date(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        String p = path + "." + field;
        if (value == null || value.isNull()) {
            error(p, Texts.get("import.missing"));
            return null;
        }
        if (!value.isTextual()) {
            error(p, Texts.get("import.expectedDate"));
            return null;
        }
        try {
            return LocalDate.parse(value.textValue());
        } catch (DateTimeParseException e) {
            error(p, Texts.get("import.badDate", value.textValue()));
            return null;
        }
    }

    private Integer year(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(path + "." + field, Texts.get("import.missing"));
            }
            return null;
        }
        return yearValue(value, path + "." + field);
    }

    private Integer yearValue(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path, Texts.get("import.expectedInteger", value.toString()));
            return null;
        }
        int year = value.intValue();
        if (year < NoteTable.MIN_YEAR || year > NoteTable.MAX_YEAR) {
            error(path, Texts.get("note.rule.year", String.valueOf(year)));
            return null;
        }
        return year;
    }

    private <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DomainException e) {
            error(path, e.getMessage());
            return null;
        }
    }

    private void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                error(join(path, name), Texts.get("import.unknownField"));
            }
        }
    }

    private String requiredText(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            error(join(path, field), Texts.get("import.missing"));
            return null;
        }
        if (!value.isTextual()) {
            error(join(path, field), Texts.get("import.expectedText"));
            return null;
        }
        if (value.textValue().isBlank()) {
            error(join(path, field), Texts.get("note.import.blank"));
            return null;
        }
        return value.textValue();
    }

    private String optionalText(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            error(join(path, field), Texts.get("import.expectedText"));
            return "";
        }
        return value.textValue();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private void error(String path, String message) {
        errors.add(new ImportError(path, path, message));
    }
}
