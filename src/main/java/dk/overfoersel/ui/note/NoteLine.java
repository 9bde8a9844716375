package dk.overfoersel.ui.note;

import dk.overfoersel.domain.note.Area;
import java.util.List;

/**
 * A line of a note's table as the window shows it: a row of the note ({@code index} ≥ 0, editable)
 * or a computed total ({@code index} -1: an area's subtotal or the grand total, never editable).
 */
public record NoteLine(int index, Area area, String label, List<Long> amounts, String convertsFrom) {

    public boolean isTotal() {
        return index < 0;
    }

    public long total() {
        return amounts.stream().mapToLong(Long::longValue).sum();
    }
}
