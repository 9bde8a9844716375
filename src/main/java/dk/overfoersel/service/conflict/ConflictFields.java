package dk.overfoersel.service.conflict;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.service.audit.AuditFields;
import dk.overfoersel.service.conflict.FieldConflict.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares my value, theirs and the one both started from (the base; null when unknown), field by
 * field in the audit trail's terms ({@link AuditFields}), and knows how to put one of my fields into
 * theirs. Rows of a list (commitments, underspend lines) are compared by position while both lists
 * are as long; otherwise the whole list is one field.
 */
public final class ConflictFields {

    /** The field name of a whole list of rows (the lists differ in length). */
    public static final String LIST = "list";

    /** Who stored a field's current value and when: entity, row id (or the transfer/round id), field. */
    @FunctionalInterface
    public interface Authors {
        /** The newest audit entry of the field, or null. */
        Author of(String entity, long entityId, String field);
    }

    public record Author(String user, java.time.OffsetDateTime time) {
    }

    private ConflictFields() {
    }

    /**
     * The conflict of a transfer. {@code theirCommitmentIds} are the ids of their commitment rows, in order.
     */
    public static Conflict<Transfer> transfer(long id, int theirVersion, Transfer base, Transfer mine, Transfer theirs,
                                              List<Long> theirCommitmentIds, Authors authors) {
        List<FieldConflict> fields = new ArrayList<>();
        compare(fields, AuditFields.TRANSFER, -1, base == null ? null : AuditFields.transfer(base),
                AuditFields.transfer(mine), AuditFields.transfer(theirs), f -> authors.of(AuditFields.TRANSFER, id, f));
        rows(fields, AuditFields.COMMITMENT, base == null ? null : base.commitments(), mine.commitments(),
                theirs.commitments(), AuditFields::commitment, theirCommitmentIds, authors, id);
        return new Conflict<>(id, theirVersion, theirs, mine, fields, ConflictFields::keepMine);
    }

    /** The conflict of a round's details and underspend lines. */
    public static Conflict<Round> round(long id, int theirVersion, Round base, Round mine, Round theirs,
                                        List<Long> theirLineIds, Authors authors) {
        List<FieldConflict> fields = new ArrayList<>();
        compare(fields, AuditFields.ROUND, -1, base == null ? null : AuditFields.round(base),
                AuditFields.round(mine), AuditFields.round(theirs), f -> authors.of(AuditFields.ROUND, id, f));
        rows(fields, AuditFields.UNDERSPEND_LINE, base == null ? null : base.underspendLines(), mine.underspendLines(),
                theirs.underspendLines(), AuditFields::underspendLine, theirLineIds, authors, id);
        return new Conflict<>(id, theirVersion, theirs, mine, fields, ConflictFields::keepMine);
    }

    private static void compare(List<FieldConflict> out, String entity, int index, Map<String, String> base,
                                Map<String, String> mine, Map<String, String> theirs, Function<String, Author> author) {
        for (Map.Entry<String, String> e : mine.entrySet()) {
            String field = e.getKey();
            String m = e.getValue();
            String t = theirs.get(field);
            if (Objects.equals(m, t)) {
                continue;
            }
            String b = base == null ? null : base.get(field);
            out.add(field(entity, index, field, AuditFields.label(entity, field), b, m, t, author.apply(field)));
        }
    }

    private static <R> void rows(List<FieldConflict> out, String entity, List<R> base, List<R> mine, List<R> theirs,
                                 Function<R, Map<String, String>> fields, List<Long> theirIds, Authors authors, long parentId) {
        if (mine.equals(theirs)) {
            return;
        }
        if (mine.size() == theirs.size()) {
            boolean baseAligned = base != null && base.size() == mine.size();
            for (int i = 0; i < mine.size(); i++) {
                long rowId = i < theirIds.size() ? theirIds.get(i) : -1;
                compare(out, entity, i, baseAligned ? fields.apply(base.get(i)) : null, fields.apply(mine.get(i)),
                        fields.apply(theirs.get(i)), f -> authors.of(entity, rowId, f));
            }
            return;
        }
        String label = Texts.get(AuditFields.COMMITMENT.equals(entity) ? "conflict.field.commitments" : "conflict.field.lines");
        out.add(field(entity, -1, LIST, label, base == null ? null : describe(base, fields), describe(mine, fields),
                describe(theirs, fields), newest(theirIds, entity, authors)));
    }

    private static Author newest(List<Long> ids, String entity, Authors authors) {
        Author newest = null;
        for (long id : ids) {
            for (String f : List.of("party", "description", "amount", "status", "text")) {
                Author a = authors.of(entity, id, f);
                if (a != null && (newest == null || a.time().isAfter(newest.time()))) {
                    newest = a;
                }
            }
        }
        return newest;
    }

    private static <R> String describe(List<R> rows, Function<R, Map<String, String>> fields) {
        if (rows.isEmpty()) {
            return Texts.get("conflict.noRows");
        }
        List<String> lines = new ArrayList<>();
        for (R row : rows) {
            lines.add(String.join(" · ", fields.apply(row).values()));
        }
        return String.join("\n", lines);
    }

    private static FieldConflict field(String entity, int index, String field, String label, String base, String mine,
                                       String theirs, Author author) {
        boolean both = base == null || (!base.equals(mine) && !base.equals(theirs));
        Choice proposed = both ? null : base.equals(mine) ? Choice.THEIRS : Choice.MINE;
        String shownLabel = index < 0 ? label : Texts.get("conflict.field.row", label, String.valueOf(index + 1));
        return new FieldConflict(entity, index, field, shownLabel, mine, theirs, both, proposed,
                author == null ? null : author.user(), author == null ? null : author.time());
    }

    // ---- putting my value into theirs ---------------------------------------------------------------

    private static Transfer keepMine(Transfer t, Transfer mine, FieldConflict f) {
        if (AuditFields.COMMITMENT.equals(f.entity())) {
            if (LIST.equals(f.field())) {
                return t.withCommitments(mine.commitments());
            }
            List<Commitment> list = new ArrayList<>(t.commitments());
            Commitment c = list.get(f.index());
            Commitment m = mine.commitments().get(f.index());
            list.set(f.index(), switch (f.field()) {
                case "party" -> new Commitment(m.party(), c.description(), c.amount(), c.status());
                case "description" -> new Commitment(c.party(), m.description(), c.amount(), c.status());
                case "amount" -> new Commitment(c.party(), c.description(), m.amount(), c.status());
                case "status" -> new Commitment(c.party(), c.description(), c.amount(), m.status());
                default -> throw new IllegalArgumentException(f.field());
            });
            return t.withCommitments(list);
        }
        return switch (f.field()) {
            case "number" -> t.withNumber(mine.number());
            case "title" -> new Transfer(t.number(), mine.title(), t.schedule(), t.amount(), t.earlyApproved(), t.background(),
                    t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts());
            case "schedule" -> new Transfer(t.number(), t.title(), mine.schedule(), t.amount(), t.earlyApproved(), t.background(),
                    t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts());
            case "amount" -> t.withAmounts(mine.amount(), t.earlyApproved());
            case "earlyApproved" -> t.withAmounts(t.amount(), mine.earlyApproved());
            case "background" -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(),
                    mine.background(), t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts());
            case "consequences" -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(),
                    t.background(), mine.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts());
            case "recommendation" -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(),
                    t.background(), t.consequences(), mine.recommendation(), t.commitments(), t.images(), t.checkedAmounts());
            default -> throw new IllegalArgumentException(f.field());
        };
    }

    private static Round keepMine(Round r, Round mine, FieldConflict f) {
        if (AuditFields.UNDERSPEND_LINE.equals(f.entity())) {
            if (LIST.equals(f.field())) {
                return r.withUnderspendLines(mine.underspendLines());
            }
            List<UnderspendLine> list = new ArrayList<>(r.underspendLines());
            UnderspendLine l = list.get(f.index());
            UnderspendLine m = mine.underspendLines().get(f.index());
            list.set(f.index(), "text".equals(f.field()) ? new UnderspendLine(m.text(), l.amount())
                    : new UnderspendLine(l.text(), m.amount()));
            return r.withUnderspendLines(list);
        }
        return switch (f.field()) {
            case "administration" -> new Round(mine.administration(), r.committee(), r.accountsYear(), r.budgetYear(),
                    r.earlyDecisionDate(), r.underspendLines());
            case "committee" -> new Round(r.administration(), mine.committee(), r.accountsYear(), r.budgetYear(),
                    r.earlyDecisionDate(), r.underspendLines());
            case "accountsYear" -> new Round(r.administration(), r.committee(), mine.accountsYear(), r.budgetYear(),
                    r.earlyDecisionDate(), r.underspendLines());
            case "budgetYear" -> new Round(r.administration(), r.committee(), r.accountsYear(), mine.budgetYear(),
                    r.earlyDecisionDate(), r.underspendLines());
            case "earlyDecisionDate" -> new Round(r.administration(), r.committee(), r.accountsYear(), r.budgetYear(),
                    mine.earlyDecisionDate(), r.underspendLines());
            default -> throw new IllegalArgumentException(f.field());
        };
    }
}
