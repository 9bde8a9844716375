package dk.overfoersel.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import java.util.Locale;

/**
 * A file that is not valid JSON, said in Danish with its line and column. Jackson's own message is
 * English and gives advice for programmers ("enable JsonReadFeature…"); it is never shown, only
 * used to tell the kinds of mistake apart.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    static ImportError describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String place = at == null || at.getLineNr() < 1 ? ""
                : Texts.get("import.at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        return new ImportError("", place, Texts.get("import.notJson", kind(e)));
    }

    private static String kind(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return Texts.get("json.tooDeep");
            }
            if (m.contains("number")) {
                return Texts.get("json.numberTooLong");
            }
            return Texts.get("json.tooLarge");
        }
        if (m.startsWith("trailing token")) {
            return Texts.get("json.trailing");
        }
        if (e instanceof JsonEOFException || m.contains("end-of-input")) {
            return Texts.get("json.unexpectedEnd");
        }
        if (m.startsWith("duplicate field")) {
            return Texts.get("json.duplicateField", currentName(e));
        }
        if (m.contains("utf-8") || m.contains("utf8") || m.contains("surrogate") || m.contains("invalid character")) {
            return Texts.get("json.encoding");
        }
        if (m.contains("ctrl-char")) {
            return Texts.get("json.controlChar");
        }
        if (m.contains("numeric value") || m.contains("leading zero") || m.contains("nan") || m.contains("infinity")
                || m.contains("number")) {
            return Texts.get("json.badNumber");
        }
        if (m.contains("escape")) {
            return Texts.get("json.badEscape");
        }
        return Texts.get("json.syntax");
    }

    private static String currentName(JsonProcessingException e) {
        try {
            if (e.getProcessor() instanceof JsonParser p && p.currentName() != null) {
                return DanishFormat.shorten(p.currentName());
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // the name is only a help
        }
        return "?";
    }
}
