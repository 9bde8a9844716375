package dk.overfoersel.exchange;

import static dk.overfoersel.exchange.JsonFields.amount;
import static dk.overfoersel.exchange.JsonFields.optionalInt;
import static dk.overfoersel.exchange.JsonFields.optionalText;
import static dk.overfoersel.exchange.JsonFields.requiredInt;
import static dk.overfoersel.exchange.JsonFields.requiredText;
import static dk.overfoersel.exchange.JsonFields.unknownFields;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.domain.rule.CaseRules;
import dk.overfoersel.domain.rule.CommitmentRules;
import dk.overfoersel.domain.rule.Fields;
import dk.overfoersel.domain.rule.RoundRules;
import dk.overfoersel.domain.rule.TransferRules;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the exchange formats {@code overfoersel/1} and {@code /2} (which adds figures and checked
 * amounts per transfer, see {@link JsonFigures}); a newer {@code /3} file is refused as newer than the program. Numbers are read exactly (never through
 * {@code double}); every error of the file is collected with its place
 * ({@code transfers[3] (overførsel 14).commitments[0].status: …}) before anything is built.
 * This class checks the form (fields, types, decimals); the rules of the values are the domain's
 * ({@link dk.overfoersel.domain.rule}). Each kind of object has its own read method; a new part of
 * the format is a new method and a new name in the set of known fields. No state between calls.
 */
public final class JsonCaseReader {

    public static final String FORMAT = "overfoersel/1";

    private static final Set<String> ROOT_FIELDS = Set.of("format", "round", "transfers");
    private static final Set<String> ROUND_FIELDS = Set.of("administration", "committee", "accountsYear",
            "budgetYear", "earlyDecisionDate", "underspendLines");
    private static final Set<String> LINE_FIELDS = Set.of("text", "amount");
    private static final Set<String> TRANSFER_FIELDS = Set.of("number", "title", "schedule", "amount",
            "earlyApproved", "background", "consequences", "recommendation", "commitments", "figures", "checkedAmounts");
    private static final Set<String> COMMITMENT_FIELDS = Set.of("party", "description", "amount", "status");

    /** Deeper than any real file, shallow enough that nothing recurses far. */
    private static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                            .maxStringLength(JsonFigures.MAX_STRING).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    /** One value inside the file (a field of the top object, one transfer): what follows it is the file's business. */
    private static final com.fasterxml.jackson.databind.ObjectReader PART = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public TransferCase read(Path file) throws ImportException {
        return ImportException.readFile(file, this::read);
    }

    public TransferCase read(InputStream in) throws ImportException, IOException {
        try {
            return readStreaming(in);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("String value length")) {
                throw ImportException.ofFile(Texts.get("import.figures.stringTooLong",
                        DanishFormat.decimal(java.math.BigDecimal.valueOf(JsonFigures.MAX_STRING))));
            }
            throw new ImportException(List.of(JsonSyntax.describe(e)));
        } catch (JsonProcessingException e) {
            throw new ImportException(List.of(JsonSyntax.describe(e)));
        } catch (CharConversionException e) {
            // Jackson guessed UTF-16 or UTF-32 from the first bytes, and the rest does not fit (found by fuzzing)
            throw ImportException.ofFile(Texts.get("import.notJson", Texts.get("json.encoding")));
        }
    }

    /** The transfers read from the file (one at a time, or from its tree), with the places and errors of that reading. */
    private record Streamed(List<Transfer> transfers, List<String> paths, ImportErrors errors) {
    }

    /**
     * Reads the top object field by field and its transfers one at a time (each a small tree, turned into
     * a {@link Transfer} and dropped): a file of 10.000 transfers (50 MB) is never held as one tree, which
     * took several times its size. The same checks and messages as {@link #read(JsonNode)}; a file whose
     * {@code format} does not come first, or is not one this program reads, is read as one tree.
     */
    private TransferCase readStreaming(InputStream in) throws IOException, ImportException {
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw ImportException.ofFile(Texts.get("import.empty"));
            }
            if (first != JsonToken.START_OBJECT) {
                JsonNode whole = MAPPER.readTree(p);
                return read(whole);
            }
            ObjectNode root = MAPPER.getNodeFactory().objectNode();
            Streamed streamed = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("transfers".equals(name) && value == JsonToken.START_ARRAY && readableFormat(root.get("format"))) {
                    streamed = readTransfers(p);
                    root.set(name, MAPPER.getNodeFactory().arrayNode());
                } else {
                    root.set(name, PART.readTree(p));
                }
            }
            if (p.nextToken() != null) {
                throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(p, JsonNode.class,
                        "Trailing token (of type " + p.currentToken() + ") found after value");
            }
            ImportErrors errors = new ImportErrors();
            TransferCase result = readRoot(errors, root, streamed);
            if (!errors.isEmpty() || result == null) {
                throw errors.exception();
            }
            return result;
        }
    }

    private static boolean readableFormat(JsonNode format) {
        if (format == null || !format.isTextual()) {
            return false;
        }
        int version = JsonFigures.version(format.textValue());
        return version > 0 && version <= JsonFigures.NEWEST;
    }

    private Streamed readTransfers(JsonParser p) throws IOException {
        Streamed streamed = new Streamed(new ArrayList<>(), new ArrayList<>(), new ImportErrors());
        int i = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (token == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "Unexpected end-of-input in the transfers");
            }
            readTransfer(streamed, PART.readTree(p), i++);
        }
        return streamed;
    }

    /** The {@code index}th element of {@code transfers}: its transfer and place kept, or its errors. */
    private void readTransfer(Streamed into, JsonNode node, int index) {
        String path = Fields.index("transfers", index);
        Transfer t = readTransfer(into.errors(), node, path);
        if (t != null) {
            into.transfers().add(t);
            into.paths().add(path);
        }
    }

    /** Validates and builds. */
    public TransferCase read(JsonNode root) throws ImportException {
        if (root == null || root.isMissingNode()) {
            throw ImportException.ofFile(Texts.get("import.empty"));
        }
        ImportErrors errors = new ImportErrors();
        TransferCase result = readRoot(errors, root, null);
        if (!errors.isEmpty() || result == null) {
            throw errors.exception();
        }
        return result;
    }

    /** {@code streamed}: the transfers already read from the file (then {@code root}'s array is empty), or null. */
    private TransferCase readRoot(ImportErrors errors, JsonNode root, Streamed streamed) {
        if (!root.isObject()) {
            errors.add("", Texts.get("import.expectedObject"));
            return null;
        }
        JsonNode format = root.get("format");
        int version = format != null && format.isTextual() ? JsonFigures.version(format.textValue()) : 0;
        if (version > JsonFigures.NEWEST) {
            // a newer program wrote it: its other fields would only be reported as unknown
            errors.add("format", Texts.get("import.figures.newerFormat", DanishFormat.shorten(format.textValue()),
                    FORMAT, JsonFigures.FORMAT_2));
            return null;
        }
        unknownFields(errors, root, "", ROOT_FIELDS);
        if (format == null) {
            errors.add("format", Texts.get("import.missing"));
        } else if (version == 0) {
            errors.add("format", Texts.get("import.unknownFormat",
                    format.isTextual() ? DanishFormat.shorten(format.textValue()) : JsonFields.describe(format), FORMAT));
        }
        Round round = readRound(errors, root.get("round"));
        List<Transfer> transfers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        JsonNode array = root.get("transfers");
        Streamed read = streamed;
        if (read == null && array == null) {
            errors.add("transfers", Texts.get("import.missing"));
        } else if (read == null && !array.isArray()) {
            errors.add("transfers", Texts.get("import.expectedArray"));
        } else if (read == null) {
            read = new Streamed(new ArrayList<>(), new ArrayList<>(), new ImportErrors());
            for (int i = 0; i < array.size(); i++) {
                readTransfer(read, array.get(i), i);
            }
        }
        if (read != null) {
            errors.addAll(read.errors());
            transfers.addAll(read.transfers());
            paths.addAll(read.paths());
            for (var v : CaseRules.check(transfers, k -> paths.get(k))) {
                errors.add(v.field(), v.message());
            }
        }
        if (!errors.isEmpty() || round == null) {
            return null;
        }
        return build(errors, "", () -> new TransferCase(round, transfers));
    }

    private Round readRound(ImportErrors errors, JsonNode node) {
        String path = "round";
        if (node == null) {
            errors.add(path, Texts.get("import.missing"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(errors, node, path, ROUND_FIELDS);
        String administration = requiredText(errors, node, path, "administration");
        String committee = requiredText(errors, node, path, "committee");
        Integer accountsYear = requiredInt(errors, node, path, "accountsYear");
        Integer given = optionalInt(errors, node, path, "budgetYear");
        Integer budgetYear = given != null ? given
                : accountsYear != null && accountsYear < Integer.MAX_VALUE ? accountsYear + 1 : null;
        LocalDate earlyDate = readDate(errors, node, Fields.join(path, "earlyDecisionDate"));
        List<UnderspendLine> lines = new ArrayList<>();
        JsonNode array = node.get("underspendLines");
        if (array == null) {
            errors.add(path + ".underspendLines", Texts.get("import.missing"));
        } else if (!array.isArray()) {
            errors.add(path + ".underspendLines", Texts.get("import.expectedArray"));
        } else {
            for (int i = 0; i < array.size(); i++) {
                UnderspendLine line = readLine(errors, array.get(i), Fields.index(path + ".underspendLines", i));
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        errors.addAll(path, RoundRules.check(administration, committee, accountsYear, budgetYear, earlyDate, lines));
        if (errors.size() > before) {
            return null;
        }
        return build(errors, path, () -> new Round(administration, committee, accountsYear, budgetYear, earlyDate, lines));
    }

    private static LocalDate readDate(ImportErrors errors, JsonNode node, String where) {
        JsonNode date = node.get("earlyDecisionDate");
        if (date == null || date.isNull()) {
            return null;
        }
        if (!date.isTextual()) {
            errors.add(where, Texts.get("import.expectedDate"));
            return null;
        }
        try {
            return LocalDate.parse(date.textValue());
        } catch (DateTimeParseException e) {
            errors.add(where, Texts.get("import.badDate", DanishFormat.shorten(date.textValue())));
            return null;
        }
    }

    private UnderspendLine readLine(ImportErrors errors, JsonNode node, String path) {
        if (!node.isObject()) {
            errors.add(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(errors, node, path, LINE_FIELDS);
        String text = requiredText(errors, node, path, "text");
        Money amount = amount(errors, node, path, "amount");
        errors.addAll(path, RoundRules.line(text, amount));
        if (errors.size() > before) {
            return null;
        }
        return build(errors, path, () -> new UnderspendLine(text, amount));
    }

    private Transfer readTransfer(ImportErrors errors, JsonNode node, String path) {
        if (!node.isObject()) {
            errors.add(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(errors, node, path, TRANSFER_FIELDS);
        Integer number = requiredInt(errors, node, path, "number");
        if (number != null) {
            errors.transferNumber(path, number);
        }
        String title = requiredText(errors, node, path, "title");
        Integer schedule = requiredInt(errors, node, path, "schedule");
        Money amount = amount(errors, node, path, "amount");
        Money early = amount(errors, node, path, "earlyApproved");
        String background = optionalText(errors, node, path, "background");
        String consequences = optionalText(errors, node, path, "consequences");
        String recommendation = optionalText(errors, node, path, "recommendation");
        List<Commitment> commitments = new ArrayList<>();
        JsonNode array = node.get("commitments");
        if (array != null && !array.isNull()) {
            if (!array.isArray()) {
                errors.add(path + ".commitments", Texts.get("import.expectedArray"));
            } else {
                for (int i = 0; i < array.size(); i++) {
                    Commitment c = readCommitment(errors, array.get(i), Fields.index(path + ".commitments", i));
                    if (c != null) {
                        commitments.add(c);
                    }
                }
            }
        }
        List<dk.overfoersel.domain.figure.Figure> figures = JsonFigures.readFigures(node, path, errors::add);
        List<String> checkedAmounts = JsonFigures.readCheckedAmounts(node, path, errors::add);
        errors.addAll(path, TransferRules.check(number, title, schedule, amount, early, background, consequences,
                recommendation, commitments));
        if (errors.size() > before) {
            return null;
        }
        return build(errors, path, () -> new Transfer(number, title, schedule, amount, early, background, consequences,
                recommendation, commitments, figures, checkedAmounts));
    }

    private Commitment readCommitment(ImportErrors errors, JsonNode node, String path) {
        if (!node.isObject()) {
            errors.add(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(errors, node, path, COMMITMENT_FIELDS);
        String party = requiredText(errors, node, path, "party");
        String description = optionalText(errors, node, path, "description");
        Money amount = amount(errors, node, path, "amount");
        CommitmentStatus status = null;
        JsonNode s = node.get("status");
        if (s == null || s.isNull()) {
            errors.add(path + ".status", Texts.get("import.missing"));
        } else if (!s.isTextual()) {
            errors.add(path + ".status", Texts.get("import.expectedText"));
        } else {
            status = status(s.textValue());
            if (status == null) {
                errors.add(path + ".status", Texts.get("import.unknownStatus", DanishFormat.shorten(s.textValue())));
            }
        }
        errors.addAll(path, CommitmentRules.check(party, description, amount, status, false));
        if (errors.size() > before) {
            return null;
        }
        CommitmentStatus finalStatus = status;
        return build(errors, path, () -> new Commitment(party, description, amount, finalStatus));
    }

    private static CommitmentStatus status(String name) {
        for (CommitmentStatus s : CommitmentStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** Builds a domain object; the rules were checked above, so a violation here is still reported, never thrown. */
    private static <T> T build(ImportErrors errors, String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DomainException e) {
            if (e.violations().isEmpty()) {
                errors.add(path, e.getMessage());
            } else {
                errors.addAll(path, e.violations());
            }
            return null;
        }
    }
}
