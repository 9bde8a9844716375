package dk.overfoersel.exchange;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.rule.Fields;
import dk.overfoersel.domain.rule.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one reading of one file (a reader makes a new one per call; readers keep no state).
 * Places name the transfer number users know: {@code transfers[2] (overførsel 12).amount}.
 */
final class ImportErrors {

    private final List<String[]> raw = new ArrayList<>();
    private final Map<String, String> labels = new HashMap<>();

    void add(String path, String message) {
        raw.add(new String[] {path, message});
    }

    void addAll(String parent, List<Violation> violations) {
        for (Violation v : violations) {
            add(Fields.join(parent, v.field()), v.message());
        }
    }

    /** Adds another reading's errors (and its transfer numbers) after these. */
    void addAll(ImportErrors other) {
        raw.addAll(other.raw);
        labels.putAll(other.labels);
    }

    int size() {
        return raw.size();
    }

    boolean isEmpty() {
        return raw.isEmpty();
    }

    /** The transfer at {@code path} ({@code transfers[2]}) has this number. */
    void transferNumber(String path, int number) {
        labels.put(path, Texts.get("import.transferPlace", path, String.valueOf(number)));
    }

    List<ImportError> toList() {
        List<ImportError> list = new ArrayList<>();
        for (String[] e : raw) {
            list.add(new ImportError(e[0], place(e[0]), e[1]));
        }
        return list;
    }

    ImportException exception() {
        return new ImportException(toList());
    }

    private String place(String path) {
        int end = path.indexOf(']');
        if (path.startsWith("transfers[") && end > 0) {
            String label = labels.get(path.substring(0, end + 1));
            if (label != null) {
                return label + path.substring(end + 1);
            }
        }
        return path;
    }
}
