package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.Texts;
import java.util.Arrays;
import java.util.List;

/**
 * A broken rule: the field it concerns ({@code amount}, {@code commitments[0].party}, in the names of the
 * exchange format), the rule's code (its text key in the Danish bundle) and the values its text needs.
 * Readers put their own place in front of the field; the message comes from the bundle.
 */
public record Violation(String field, String code, List<String> args) {

    public Violation {
        field = field == null ? "" : field;
        args = List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The Danish text of the rule, with its values filled in. */
    public String message() {
        return Texts.get(code, args.toArray());
    }

    /** The message as a sentence of its own, for a label beside the field: "Beløbet må ikke være negativt (-5,00 kr.)." */
    public String sentence() {
        String m = message();
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : ".");
    }

    /** The first violation's sentence, or null when there is none: what a field's error label shows. */
    public static String firstSentence(List<Violation> violations) {
        return violations.isEmpty() ? null : violations.get(0).sentence();
    }

    /** The same violation one level further in: {@code amount} under {@code commitments[2]}. */
    public Violation under(String parent) {
        return new Violation(Fields.join(parent, field), code, args);
    }

    @Override
    public String toString() {
        return field.isEmpty() ? message() : field + ": " + message();
    }
}
