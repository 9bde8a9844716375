package dk.overfoersel.store;

import dk.overfoersel.domain.Stored;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Matches a new ordered list of child values (commitments, underspend lines: the domain carries no
 * ids) against the stored rows, so that a save keeps each row's id. In this order: a row whose value
 * is unchanged keeps its id (the same position first, then anywhere: a deleted row in the middle does
 * not disturb the others); a changed value takes the unmatched row at its own position (an edited
 * row is updated in place); what is left is inserted or deleted. The window changes one row per save,
 * so the match is exact there; an import that both removes and edits rows may record an edit as a
 * deletion plus an insertion, never one row's values as another's.
 */
public final class ChildRows {

    private ChildRows() {
    }

    /** For each new value (in order) the id of the stored row it takes, or null when it is new. */
    public static <T> List<Long> match(List<Stored<T>> stored, List<T> values) {
        Long[] ids = new Long[values.size()];
        boolean[] taken = new boolean[stored.size()];
        for (int i = 0; i < values.size() && i < stored.size(); i++) {
            if (Objects.equals(stored.get(i).value(), values.get(i))) {
                ids[i] = stored.get(i).id();
                taken[i] = true;
            }
        }
        for (int i = 0; i < values.size(); i++) {
            if (ids[i] != null) {
                continue;
            }
            for (int j = 0; j < stored.size(); j++) {
                if (!taken[j] && Objects.equals(stored.get(j).value(), values.get(i))) {
                    ids[i] = stored.get(j).id();
                    taken[j] = true;
                    break;
                }
            }
        }
        for (int i = 0; i < values.size() && i < stored.size(); i++) {
            if (ids[i] == null && !taken[i]) {
                ids[i] = stored.get(i).id();
                taken[i] = true;
            }
        }
        return new ArrayList<>(Arrays.asList(ids));
    }
}
