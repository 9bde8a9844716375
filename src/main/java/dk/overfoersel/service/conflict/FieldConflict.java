package dk.overfoersel.service.conflict;

import java.time.OffsetDateTime;

/**
 * One field that differs between the user's value and the one another user stored: the values as
 * the audit trail writes them, which side changed it since the user's value was read, and who
 * stored theirs and when (from the audit trail; null when the trail does not say).
 *
 * @param entity  the audited entity ("transfer", "commitment", "round", "underspend_line")
 * @param index   the row's place in its list for a commitment or underspend line, -1 otherwise
 * @param field   the field's name; {@link ConflictFields#LIST} for a whole list of rows
 * @param bothChanged true when both sides changed it: the user must choose; otherwise the side that
 *                    changed it is the proposed choice
 */
public record FieldConflict(String entity, int index, String field, String label, String mine, String theirs,
                            boolean bothChanged, Choice proposed, String changedBy, OffsetDateTime changedAt) {

    /** Keep my value or take theirs. */
    public enum Choice { MINE, THEIRS }
}
