package dk.overfoersel.service.conflict;

import dk.overfoersel.service.conflict.FieldConflict.Choice;
import java.util.List;
import java.util.Map;

/**
 * A refused save (another user stored a newer version): my value, theirs with its version, and the
 * fields in which they differ. {@link #merge} builds the value to store on top of theirs from the
 * user's choice per field; nothing of either side is dropped without a choice.
 *
 * @param <T> a transfer (with its commitments) or a round (with its underspend lines)
 */
public record Conflict<T>(long id, int theirVersion, T theirs, T mine, List<FieldConflict> fields, Merger<T> merger) {

    /** Puts one of my values into theirs. */
    @FunctionalInterface
    public interface Merger<T> {
        T keepMine(T theirs, T mine, FieldConflict field);
    }

    public Conflict {
        fields = List.copyOf(fields);
    }

    /** True when nothing differs: mine can be stored on top of theirs as it is. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * Their value with my value put back in each field chosen {@link Choice#MINE}.
     *
     * @throws IllegalArgumentException when a field has no choice
     * @throws dk.overfoersel.domain.DomainException when the combination breaks a rule (e.g. early part above the amount)
     */
    public T merge(Map<FieldConflict, Choice> choices) {
        T result = theirs;
        for (FieldConflict f : fields) {
            Choice c = choices.get(f);
            if (c == null) {
                throw new IllegalArgumentException("no choice for " + f.field());
            }
            if (c == Choice.MINE) {
                result = merger.keepMine(result, mine, f);
            }
        }
        return result;
    }
}
