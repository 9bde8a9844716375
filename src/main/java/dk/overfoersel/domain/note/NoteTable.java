package dk.overfoersel.domain.note;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-year table of a budget note: its years (strictly increasing) and its rows, each with one
 * amount per year. All totals are computed here, never typed.
 */
public record NoteTable(List<Integer> years, List<NoteRow> rows) {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    public NoteTable {
        years = List.copyOf(Objects.requireNonNull(years, "years"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (years.isEmpty()) {
            throw new DomainException(Texts.get("note.rule.noYears"));
        }
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new DomainException(Texts.get("note.rule.year", String.valueOf(year)));
            }
            if (i > 0 && year <= years.get(i - 1)) {
                throw new DomainException(Texts.get("note.rule.yearsOrder", String.valueOf(year)));
            }
        }
        for (NoteRow row : rows) {
            if (row.amounts().size() != years.size()) {
                throw new DomainException(Texts.get("note.rule.amountCount", row.label(),
                        String.valueOf(row.amounts().size()), String.valueOf(years.size())));
            }
        }
    }

    public static NoteTable of(List<Integer> years, NoteRow... rows) {
        return new NoteTable(years, List.of(rows));
    }

    public int yearIndex(int year) {
        return years.indexOf(year);
    }

    /** Sum per year over all rows. */
    public List<Long> totals() {
        return sum(rows);
    }

    /** The grand total over all years and rows. */
    public long total() {
        return totals().stream().mapToLong(Long::longValue).sum();
    }

    /** Sum per year over the rows of one area (zeros when the area has no rows). */
    public List<Long> totals(Area area) {
        return sum(rowsOf(area));
    }

    public List<NoteRow> rowsOf(Area area) {
        return rows.stream().filter(r -> r.area() == area).toList();
    }

    /** The areas that have rows, in the enum's order. */
    public List<Area> areas() {
        return java.util.Arrays.stream(Area.values()).filter(a -> rows.stream().anyMatch(r -> r.area() == a)).toList();
    }

    /** Per area with rows: its sum per year. */
    public Map<Area, List<Long>> totalsByArea() {
        Map<Area, List<Long>> map = new EnumMap<>(Area.class);
        for (Area a : areas()) {
            map.put(a, totals(a));
        }
        return map;
    }

    /** The amount a row-sum gives for one year of this table; 0 for a year it does not have. */
    public long totalIn(Area area, int year) {
        int i = yearIndex(year);
        return i < 0 ? 0 : totals(area).get(i);
    }

    public NoteTable withRows(List<NoteRow> newRows) {
        return new NoteTable(years, newRows);
    }

    private List<Long> sum(List<NoteRow> some) {
        List<Long> sums = new ArrayList<>(years.size());
        for (int i = 0; i < years.size(); i++) {
            long s = 0;
            for (NoteRow r : some) {
                s += r.amount(i);
            }
            sums.add(s);
        }
        return sums;
    }
}
