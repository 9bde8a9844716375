package dk.overfoersel.domain;

import dk.overfoersel.domain.rule.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A broken domain rule; the message is Danish and fit to show a user. When it comes from the rules
 * ({@link dk.overfoersel.domain.rule}) it also carries the violations as values.
 */
public class DomainException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public DomainException(String message) {
        super(message);
        this.violations = List.of();
    }

    public DomainException(String subject, List<Violation> violations) {
        super(subject + ": " + violations.stream().map(Violation::message).collect(Collectors.joining("; ")) + ".");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Without the subject, for a message beside the field: "Budgetåret 2007 skal ligge efter regnskabsåret 2008." */
    public String detail() {
        if (violations.isEmpty()) {
            return getMessage();
        }
        return violations.stream().map(Violation::sentence).collect(Collectors.joining(" "));
    }
}
