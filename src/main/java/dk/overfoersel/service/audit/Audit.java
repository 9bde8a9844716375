package dk.overfoersel.service.audit;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.store.audit.AuditRepository;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The audit trail of one write transaction. {@code CaseService.write(useCase, work)} makes one per
 * transaction (one time, one user, one use case for all its entries) and writes its entries in that
 * same transaction just before the commit: a change and its audit entries are stored together or not
 * at all. One row per changed field, with the value before and after.
 *
 * <h2>How a table joins the audit trail (a line or two)</h2>
 * <ol>
 *   <li>Describe the entity as an ordered map field → display value, like {@link AuditFields#transfer}
 *       (amounts with {@code DanishFormat.amount}), in your own class; give the fields Danish labels with
 *       {@link AuditFields#register} (keys in your own bundle file).</li>
 *   <li>In your use case, inside {@code write("yourUseCase", (dsl, audit) -> …)}: read the row before
 *       the change, change it, then call
 *       {@code audit.changes(key, before == null ? null : fields(before), after == null ? null : fields(after))}
 *       with {@code key = AuditKey.transfer(roundId, transferId, number).child("transfer_figure", rowId)} (or
 *       {@link AuditKey#round} for a round's row). {@code null} before = created, {@code null} after = deleted.
 *       For an ordered list of child rows with stable ids use {@link #children}.</li>
 *   <li>A bulk replacement (an import) records one entry with {@link #event}, not one per field.</li>
 * </ol>
 * The window's history and {@code overfoersel history} show the new rows with no further work.
 */
public final class Audit {

    private final OffsetDateTime now;
    private final String user;
    private final String useCase;
    private final List<AuditRepository.Row> rows = new ArrayList<>();

    public Audit(OffsetDateTime now, String user, String useCase) {
        this.now = Objects.requireNonNull(now);
        this.user = Objects.requireNonNull(user);
        this.useCase = Objects.requireNonNull(useCase);
    }

    /**
     * One entry per field whose value differs ({@code before} null: the entity was created, every
     * non-empty field is recorded; {@code after} null: it was deleted, every non-empty field is recorded).
     */
    public void changes(AuditKey key, Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        for (String field : fields) {
            String old = before == null ? null : before.get(field);
            String now = after == null ? null : after.get(field);
            if (Objects.equals(old, now) || (isEmpty(old) && isEmpty(now))) {
                continue;
            }
            add(key, field, old, now);
        }
    }

    /** The changes of an ordered list of child rows, matched by their stable ids (added, changed, removed). */
    public <T> void children(AuditKey parent, String entity, List<Stored<T>> before, List<Stored<T>> after,
                             Function<T, Map<String, String>> fields) {
        Map<Long, T> old = new HashMap<>();
        before.forEach(s -> old.put(s.id(), s.value()));
        for (Stored<T> row : after) {
            T was = old.remove(row.id());
            changes(parent.child(entity, row.id()), was == null ? null : fields.apply(was), fields.apply(row.value()));
        }
        for (Stored<T> row : before) {
            if (old.containsKey(row.id())) {
                changes(parent.child(entity, row.id()), fields.apply(row.value()), null);
            }
        }
    }

    /** One entry for a whole event (an import replacing a round): what was there before and after. */
    public void event(AuditKey key, String field, String before, String after) {
        add(key, field, before, after);
    }

    private void add(AuditKey key, String field, String old, String now) {
        rows.add(new AuditRepository.Row(0, this.now, user, useCase, key.entity(), key.id(), key.roundId(),
                key.transferId(), key.transferNo(), field, old, now));
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** The entries so far (written by the service at the end of the transaction). */
    public List<AuditRepository.Row> rows() {
        return List.copyOf(rows);
    }

    public String useCase() {
        return useCase;
    }
}
