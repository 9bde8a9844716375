package dk.overfoersel.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the exchange formats {@code overfoersel/1} and {@code /2} (which adds figures and checked
 * amounts per transfer, see {@link JsonFigures}); a newer {@code /3} file is refused as newer than the program. Numbers are read exactly (never through
 * {@code double}); every error of the file is collected with its place
 * ({@code transfers[3].commitments[0].status: …}) before anything is built.
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

    private final ObjectMapper mapper = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                            .maxStringLength(JsonFigures.MAX_STRING).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private List<String> errors;

    public TransferCase read(Path file) throws ImportException {
        return ImportException.readFile(file, this::read);
    }

    public TransferCase read(InputStream in) throws ImportException, IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : Texts.get("import.at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
            throw new ImportException(List.of(Texts.get("import.figures.stringTooLong", where,
                    dk.overfoersel.domain.DanishFormat.decimal(java.math.BigDecimal.valueOf(JsonFigures.MAX_STRING)))));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : Texts.get("import.at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
            throw new ImportException(List.of(Texts.get("import.notJson", where, e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportException(List.of(Texts.get("import.empty")));
        }
        return read(root);
    }

    /** Validates and builds; synchronized because the error list is per call. */
    public synchronized TransferCase read(JsonNode root) throws ImportException {
        errors = new ArrayList<>();
        try {
            TransferCase result = readRoot(root);
            if (!errors.isEmpty()) {
                throw new ImportException(errors);
            }
            return result;
        } finally {
            errors = null;
        }
    }

    private TransferCase readRoot(JsonNode root) {
        if (!root.isObject()) {
            error("", Texts.get("import.expectedObject"));
            return null;
        }
        JsonNode format = root.get("format");
        int version = format != null && format.isTextual() ? JsonFigures.version(format.textValue()) : 0;
        if (version > JsonFigures.NEWEST) {
            // a newer program wrote it: its other fields would only be reported as unknown
            error("format", Texts.get("import.figures.newerFormat", format.textValue(), FORMAT, JsonFigures.FORMAT_2));
            return null;
        }
        unknownFields(root, "", ROOT_FIELDS);
        if (format == null) {
            error("format", Texts.get("import.missing"));
        } else if (version == 0) {
            error("format", Texts.get("import.unknownFormat", format.isTextual() ? format.textValue() : format.toString(), FORMAT));
        }
        Round round = readRound(root.get("round"));
        List<Transfer> transfers = new ArrayList<>();
        JsonNode array = root.get("transfers");
        if (array == null) {
            error("transfers", Texts.get("import.missing"));
        } else if (!array.isArray()) {
            error("transfers", Texts.get("import.expectedArray"));
        } else {
            Map<Integer, Integer> numbers = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String path = "transfers[" + i + "]";
                Transfer t = readTransfer(array.get(i), path);
                if (t != null) {
                    Integer first = numbers.putIfAbsent(t.number(), i);
                    if (first != null) {
                        error(path + ".number", Texts.get("import.duplicateNumber", String.valueOf(t.number()),
                                "transfers[" + first + "]"));
                    } else {
                        transfers.add(t);
                    }
                }
            }
        }
        if (!errors.isEmpty() || round == null) {
            return null;
        }
        return new TransferCase(round, transfers);
    }

    private Round readRound(JsonNode node) {
        String path = "round";
        if (node == null) {
            error(path, Texts.get("import.missing"));
            return null;
        }
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(node, path, ROUND_FIELDS);
        String administration = requiredText(node, path, "administration");
        String committee = requiredText(node, path, "committee");
        Integer accountsYear = requiredInt(node, path, "accountsYear");
        if (accountsYear != null && (accountsYear < Round.MIN_YEAR || accountsYear > Round.MAX_YEAR)) {
            error(path + ".accountsYear", Texts.get("import.yearRange", String.valueOf(accountsYear)));
        }
        Integer budgetYear = optionalInt(node, path, "budgetYear");
        if (budgetYear != null && accountsYear != null && budgetYear <= accountsYear) {
            error(path + ".budgetYear", Texts.get("import.budgetYear", String.valueOf(budgetYear), String.valueOf(accountsYear)));
        }
        LocalDate earlyDate = null;
        JsonNode date = node.get("earlyDecisionDate");
        if (date != null && !date.isNull()) {
            if (!date.isTextual()) {
                error(path + ".earlyDecisionDate", Texts.get("import.expectedDate"));
            } else {
                try {
                    earlyDate = LocalDate.parse(date.textValue());
                } catch (DateTimeParseException e) {
                    error(path + ".earlyDecisionDate", Texts.get("import.badDate", date.textValue()));
                }
            }
        }
        List<UnderspendLine> lines = new ArrayList<>();
        JsonNode array = node.get("underspendLines");
        if (array == null) {
            error(path + ".underspendLines", Texts.get("import.missing"));
        } else if (!array.isArray()) {
            error(path + ".underspendLines", Texts.get("import.expectedArray"));
        } else {
            for (int i = 0; i < array.size(); i++) {
                String linePath = path + ".underspendLines[" + i + "]";
                JsonNode line = array.get(i);
                if (!line.isObject()) {
                    error(linePath, Texts.get("import.expectedObject"));
                    continue;
                }
                unknownFields(line, linePath, LINE_FIELDS);
                String text = requiredText(line, linePath, "text");
                Money amount = amount(line, linePath, "amount", true);
                if (text != null && amount != null) {
                    lines.add(new UnderspendLine(text, amount));
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        LocalDate early = earlyDate;
        return build(path, () -> new Round(administration, committee, accountsYear,
                budgetYear != null ? budgetYear : accountsYear + 1, early, lines));
    }

    private Transfer readTransfer(JsonNode node, String path) {
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(node, path, TRANSFER_FIELDS);
        Integer number = requiredInt(node, path, "number");
        if (number != null && number <= 0) {
            error(path + ".number", Texts.get("import.positiveNumber", String.valueOf(number)));
        }
        String title = requiredText(node, path, "title");
        Integer schedule = requiredInt(node, path, "schedule");
        if (schedule != null && !Transfer.isValidSchedule(schedule)) {
            error(path + ".schedule", Texts.get("import.schedule", String.valueOf(schedule)));
        }
        Money amount = amount(node, path, "amount", false);
        Money early = amount(node, path, "earlyApproved", false);
        if (amount != null && early != null && early.greaterThan(amount)) {
            error(path + ".earlyApproved", Texts.get("import.earlyAboveAmount",
                    dk.overfoersel.domain.DanishFormat.kroner(early), dk.overfoersel.domain.DanishFormat.kroner(amount)));
        }
        String background = optionalText(node, path, "background");
        String consequences = optionalText(node, path, "consequences");
        String recommendation = optionalText(node, path, "recommendation");
        List<Commitment> commitments = new ArrayList<>();
        JsonNode array = node.get("commitments");
        if (array != null && !array.isNull()) {
            if (!array.isArray()) {
                error(path + ".commitments", Texts.get("import.expectedArray"));
            } else {
                for (int i = 0; i < array.size(); i++) {
                    Commitment c = readCommitment(array.get(i), path + ".commitments[" + i + "]");
                    if (c != null) {
                        commitments.add(c);
                    }
                }
            }
        }
        List<dk.overfoersel.domain.figure.Figure> figures = JsonFigures.readFigures(node, path, this::error);
        List<String> checkedAmounts = JsonFigures.readCheckedAmounts(node, path, this::error);
        if (errors.size() > before) {
            return null;
        }
        return build(path, () -> new Transfer(number, title, schedule, amount, early, background, consequences,
                recommendation, commitments, figures, checkedAmounts));
    }

    private Commitment readCommitment(JsonNode node, String path) {
        if (!node.isObject()) {
            error(path, Texts.get("import.expectedObject"));
            return null;
        }
        int before = errors.size();
        unknownFields(node, path, COMMITMENT_FIELDS);
        String party = requiredText(node, path, "party");
        String description = optionalText(node, path, "description");
        Money amount = amount(node, path, "amount", false);
        if (amount != null && amount.isZero()) {
            error(path + ".amount", Texts.get("import.positiveAmount"));
        }
        CommitmentStatus status = null;
        JsonNode s = node.get("status");
        if (s == null) {
            error(path + ".status", Texts.get("import.missing"));
        } else if (!s.isTextual()) {
            error(path + ".status", Texts.get("import.expectedText"));
        } else {
            try {
                status = CommitmentStatus.valueOf(s.textValue());
            } catch (IllegalArgumentException e) {
                error(path + ".status", Texts.get("import.unknownStatus", s.textValue()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        CommitmentStatus finalStatus = status;
        return build(path, () -> new Commitment(party, description, amount, finalStatus));
    }

    // ---- field readers ---------------------------------------------------------------------

    private <T> T build(String path, java.util.function.Supplier<T> constructor) {
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
            error(join(path, field), Texts.get("import.blank"));
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

    private Integer requiredInt(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            error(join(path, field), Texts.get("import.missing"));
            return null;
        }
        return integer(value, join(path, field));
    }

    private Integer optionalInt(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return integer(value, join(path, field));
    }

    private Integer integer(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path, Texts.get("import.expectedInteger", value.toString()));
            return null;
        }
        return value.intValue();
    }

    /** An amount in kroner: a JSON number, at most two decimals, within NUMERIC(15,2). */
    private Money amount(JsonNode node, String path, String field, boolean mayBeNegative) {
        String where = join(path, field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            error(where, Texts.get("import.missingAmount"));
            return null;
        }
        if (!value.isNumber()) {
            error(where, Texts.get("import.expectedNumber", value.toString()));
            return null;
        }
        BigDecimal kroner = value.decimalValue();
        if (kroner.scale() > 2) {
            error(where, Texts.get("import.tooManyDecimals", kroner.toPlainString()));
            return null;
        }
        if (kroner.abs().compareTo(Money.MAX.kroner()) > 0) {
            error(where, Texts.get("import.tooLarge", kroner.toPlainString()));
            return null;
        }
        if (!mayBeNegative && kroner.signum() < 0) {
            error(where, Texts.get("import.negativeAmount", kroner.toPlainString()));
            return null;
        }
        return Money.ofKroner(kroner);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private void error(String path, String message) {
        errors.add(path.isEmpty() ? message : path + ": " + message);
    }
}
