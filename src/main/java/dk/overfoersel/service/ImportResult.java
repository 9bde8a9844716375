package dk.overfoersel.service;

import java.util.List;

/**
 * What an import stored.
 *
 * @param roundId        the round's id
 * @param figuresKept    figures kept from the replaced round (an XLSX import cannot carry them)
 * @param figuresDropped numbers of replaced transfers that had figures and are not in the file
 */
public record ImportResult(long roundId, int figuresKept, List<Integer> figuresDropped) {

    public ImportResult {
        figuresDropped = List.copyOf(figuresDropped);
    }
}
