package dk.overfoersel.domain.rule;

import dk.overfoersel.domain.DomainException;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one check. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String code, Object... args) {
        list.add(Violation.of(field, code, args));
        return this;
    }

    public Violations addAll(List<Violation> more, String parent) {
        for (Violation v : more) {
            list.add(v.under(parent));
        }
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    /** For a constructor: throws when anything is broken; {@code subject} says what ("Overførsel 12"). */
    public void throwIfAny(String subject) {
        if (!list.isEmpty()) {
            throw new DomainException(subject, list);
        }
    }

    /** As {@link #throwIfAny(String)}, the subject's text made only when something is broken. */
    public void throwIfAny(java.util.function.Supplier<String> subject) {
        if (!list.isEmpty()) {
            throw new DomainException(subject.get(), list);
        }
    }
}
