package dk.overfoersel.service;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transfers an import stores over a round: as read, or (for a file that cannot hold figures,
 * {@code keep}) each with the figures and checked amounts stored under its number.
 */
record FigureKeeping(List<Transfer> transfers, ImportResult result) {

    static FigureKeeping of(long roundId, List<Stored<Transfer>> stored, List<Transfer> incoming, boolean keep) {
        if (!keep) {
            return new FigureKeeping(incoming, new ImportResult(roundId, 0, List.of()));
        }
        Map<Integer, Transfer> before = new HashMap<>();
        stored.forEach(s -> before.put(s.value().number(), s.value()));
        Set<Integer> numbers = new HashSet<>();
        List<Transfer> out = new ArrayList<>();
        int kept = 0;
        for (Transfer t : incoming) {
            numbers.add(t.number());
            Transfer old = before.get(t.number());
            if (old != null) {
                t = t.withImages(old.images()).withCheckedAmounts(old.checkedAmounts());
                kept += old.images().size();
            }
            out.add(t);
        }
        List<Integer> dropped = before.values().stream()
                .filter(t -> !numbers.contains(t.number()) && !t.images().isEmpty())
                .map(Transfer::number).sorted().toList();
        return new FigureKeeping(out, new ImportResult(roundId, kept, dropped));
    }
}
