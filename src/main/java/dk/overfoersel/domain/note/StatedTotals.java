package dk.overfoersel.domain.note;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The totals a note was written with (as typed in the original document), kept to be compared with
 * what the rows give. Never used as the note's figures.
 *
 * @param expenditure  per area, one total per year of Tabel 2 (areas left out are not stated)
 * @param byCommittee  per area, one total per year of Tabel 3
 * @param earlierFunds one total per year of Tabel 4, or null
 * @param conversions  one total per year of Tabel 5, or null
 */
public record StatedTotals(Map<Area, List<Long>> expenditure, Map<Area, List<Long>> byCommittee,
                           List<Long> earlierFunds, List<Long> conversions) {

    public static final StatedTotals NONE = new StatedTotals(Map.of(), Map.of(), null, null);

    public StatedTotals {
        expenditure = copy(expenditure);
        byCommittee = copy(byCommittee);
        earlierFunds = earlierFunds == null ? null : List.copyOf(earlierFunds);
        conversions = conversions == null ? null : List.copyOf(conversions);
    }

    public boolean isEmpty() {
        return expenditure.isEmpty() && byCommittee.isEmpty() && earlierFunds == null && conversions == null;
    }

    private static Map<Area, List<Long>> copy(Map<Area, List<Long>> map) {
        Map<Area, List<Long>> copy = new EnumMap<>(Area.class);
        if (map != null) {
            map.forEach((area, list) -> copy.put(area, List.copyOf(list)));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
