package dk.overfoersel.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.rule.Fields;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads typed fields of a JSON object; a value of the wrong type is an error at its path. Only the
 * form is checked here (text, integer, an amount with at most two decimals that fits); the rules of
 * the values are the domain's ({@link dk.overfoersel.domain.rule}). Stateless: the errors go to the
 * caller's {@link ImportErrors}.
 */
final class JsonFields {

    /** Integer digits of the largest amount, 9.999.999.999.999,99. */
    private static final int MAX_INTEGER_DIGITS = Money.MAX.kroner().precision() - Money.MAX.kroner().scale();

    private JsonFields() {
    }

    static void unknownFields(ImportErrors errors, JsonNode node, String path, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                errors.add(Fields.join(path, DanishFormat.shorten(name)), Texts.get("import.unknownField"));
            }
        }
    }

    /** A text that must be there (it may be blank: the rules say whether that is allowed). */
    static String requiredText(ImportErrors errors, JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            errors.add(Fields.join(path, field), Texts.get("import.missing"));
            return null;
        }
        return text(errors, value, Fields.join(path, field));
    }

    static String optionalText(ImportErrors errors, JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        String text = text(errors, value, Fields.join(path, field));
        return text == null ? "" : text;
    }

    private static String text(ImportErrors errors, JsonNode value, String where) {
        if (!value.isTextual()) {
            errors.add(where, Texts.get("import.expectedText"));
            return null;
        }
        return value.textValue();
    }

    static Integer requiredInt(ImportErrors errors, JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            errors.add(Fields.join(path, field), Texts.get("import.missing"));
            return null;
        }
        return integer(errors, value, Fields.join(path, field));
    }

    static Integer optionalInt(ImportErrors errors, JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return integer(errors, value, Fields.join(path, field));
    }

    private static Integer integer(ImportErrors errors, JsonNode value, String where) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(where, Texts.get("import.expectedInteger", describe(value)));
            return null;
        }
        return value.intValue();
    }

    /**
     * An amount in kroner: a JSON number with at most two decimals that fits NUMERIC(15,2). Its size
     * is judged from precision and scale, so {@code 1e999999999} is refused without being expanded.
     */
    static Money amount(ImportErrors errors, JsonNode node, String path, String field) {
        String where = Fields.join(path, field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            errors.add(where, Texts.get("import.missingAmount"));
            return null;
        }
        if (!value.isNumber()) {
            errors.add(where, Texts.get("import.expectedNumber", describe(value)));
            return null;
        }
        BigDecimal kroner = value.decimalValue();
        if (kroner.signum() != 0 && (long) kroner.precision() - kroner.scale() > MAX_INTEGER_DIGITS) {
            errors.add(where, Texts.get("import.tooLarge", describe(value)));
            return null;
        }
        if (kroner.scale() > 2) { // taken literally, also 1.230 (decision 0004)
            errors.add(where, Texts.get("import.tooManyDecimals", describe(value)));
            return null;
        }
        if (kroner.abs().compareTo(Money.MAX.kroner()) > 0) {
            errors.add(where, Texts.get("import.tooLarge", describe(value)));
            return null;
        }
        return Money.ofKroner(kroner.setScale(2));
    }

    /** A value as it may be quoted in a message: short, never expanded ({@code 1E+999999999}). */
    static String describe(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal d = value.decimalValue();
            String s = Math.abs((long) d.scale()) > 40 || d.precision() > 40 ? d.toString() : d.toPlainString();
            return DanishFormat.shorten(s);
        }
        return DanishFormat.shorten(value.toString());
    }
}
