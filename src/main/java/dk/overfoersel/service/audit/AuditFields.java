package dk.overfoersel.service.audit;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.UnderspendLine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each audited entity as an ordered map field → value, the way the audit trail stores it: amounts in
 * Danish notation ({@code 1.234,50}), a status by its Danish label, a date as {@code dd.MM.yyyy}.
 * {@link #applyToTransfer} reads such a value back (restoring an old value from the history).
 * A new table joins with one such method (in its own class) and {@link #register}s its labels.
 */
public final class AuditFields {

    public static final String ROUND = "round";
    public static final String UNDERSPEND_LINE = "underspend_line";
    public static final String TRANSFER = "transfer";
    public static final String COMMITMENT = "commitment";
    /** The one field of an entry that records a whole-round event (an import), not a field change. */
    public static final String IMPORT = "import";
    public static final String DELETED = "deleted";

    /** entity.field → bundle key of its Danish label (the core tables'; others {@link #register} theirs). */
    private static final Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>(Map.ofEntries(
            Map.entry("round.administration", "audit.field.round.administration"),
            Map.entry("round.committee", "audit.field.round.committee"),
            Map.entry("round.accountsYear", "audit.field.round.accountsYear"),
            Map.entry("round.budgetYear", "audit.field.round.budgetYear"),
            Map.entry("round.earlyDecisionDate", "audit.field.round.earlyDecisionDate"),
            Map.entry("round.import", "audit.field.round.import"),
            Map.entry("round.deleted", "audit.field.round.deleted"),
            Map.entry("underspend_line.text", "audit.field.line.text"),
            Map.entry("underspend_line.amount", "audit.field.line.amount"),
            Map.entry("transfer.number", "audit.field.transfer.number"),
            Map.entry("transfer.title", "audit.field.transfer.title"),
            Map.entry("transfer.schedule", "audit.field.transfer.schedule"),
            Map.entry("transfer.amount", "audit.field.transfer.amount"),
            Map.entry("transfer.earlyApproved", "audit.field.transfer.earlyApproved"),
            Map.entry("transfer.background", "audit.field.transfer.background"),
            Map.entry("transfer.consequences", "audit.field.transfer.consequences"),
            Map.entry("transfer.recommendation", "audit.field.transfer.recommendation"),
            Map.entry("commitment.party", "audit.field.commitment.party"),
            Map.entry("commitment.description", "audit.field.commitment.description"),
            Map.entry("commitment.amount", "audit.field.commitment.amount"),
            Map.entry("commitment.status", "audit.field.commitment.status"),
            Map.entry("transfer.figureOrder", "audit.field.figure.order"),
            Map.entry("transfer.amount_checked", "audit.field.checkedAmount"),
            Map.entry("transfer_figure.name", "audit.field.figure.name"),
            Map.entry("transfer_figure.caption", "audit.field.figure.caption"),
            Map.entry("transfer_figure.altText", "audit.field.figure.altText"),
            Map.entry("transfer_figure.sourceNote", "audit.field.figure.sourceNote"),
            Map.entry("transfer_figure.image", "audit.field.figure.image"),
            // budget notes (service.note.NoteAudit); labels in note_da.properties
            Map.entry("budget_note.import", "note.audit.import"),
            Map.entry("budget_note.deleted", "note.audit.deleted"),
            Map.entry("budget_note.code", "note.audit.code"),
            Map.entry("budget_note.title", "note.audit.title"),
            Map.entry("budget_note.administration", "note.audit.administration"),
            Map.entry("budget_note.date", "note.audit.date"),
            Map.entry("budget_note.priceLevel", "note.audit.priceLevel"),
            Map.entry("budget_note.permanentFrom", "note.audit.permanentFrom"),
            Map.entry("budget_note.sections", "note.audit.sections"),
            Map.entry("budget_note.activities", "note.audit.activities"),
            Map.entry("budget_note.expenditure", "note.audit.expenditure"),
            Map.entry("budget_note.byCommittee", "note.audit.byCommittee"),
            Map.entry("budget_note.earlierFunds", "note.audit.earlierFunds"),
            Map.entry("budget_note.conversions", "note.audit.conversions"),
            Map.entry("budget_note.statedTotals", "note.audit.statedTotals")));

    private AuditFields() {
    }

    public static Map<String, String> round(Round r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("administration", r.administration());
        m.put("committee", r.committee());
        m.put("accountsYear", String.valueOf(r.accountsYear()));
        m.put("budgetYear", String.valueOf(r.budgetYear()));
        m.put("earlyDecisionDate", r.earlyDecisionDate() == null ? "" : DanishFormat.date(r.earlyDecisionDate()));
        return m;
    }

    public static Map<String, String> underspendLine(UnderspendLine line) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("text", line.text());
        m.put("amount", DanishFormat.amount(line.amount()));
        return m;
    }

    public static Map<String, String> transfer(Transfer t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", String.valueOf(t.number()));
        m.put("title", t.title());
        m.put("schedule", String.valueOf(t.schedule()));
        m.put("amount", DanishFormat.amount(t.amount()));
        m.put("earlyApproved", DanishFormat.amount(t.earlyApproved()));
        m.put("background", t.background());
        m.put("consequences", t.consequences());
        m.put("recommendation", t.recommendation());
        return m;
    }

    public static Map<String, String> commitment(Commitment c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("party", c.party());
        m.put("description", c.description());
        m.put("amount", DanishFormat.amount(c.amount()));
        m.put("status", c.status().label());
        return m;
    }

    /**
     * Gives a field of a table that joins the audit trail its Danish label, e.g. in the static initialiser
     * of that table's fields class: {@code AuditFields.register("transfer_figure", "amount", key)}
     * with the key in that branch's own bundle file.
     */
    public static void register(String entity, String field, String bundleKey) {
        LABELS.put(entity + "." + field, bundleKey);
    }

    /** The Danish label of an entity's field ("Titel", "Aftale: beløb"), or the field's own name. */
    public static String label(String entity, String field) {
        String key = LABELS.get(entity + "." + field);
        return key == null ? entity + "." + field : Texts.get(key);
    }

    /**
     * The transfer with one field set back to a value as the audit trail stored it: a field of the
     * transfer itself, or (with {@code commitmentIndex} ≥ 0) of its commitment at that position.
     *
     * @throws dk.overfoersel.domain.DomainException when the value breaks a rule now (the normal rules apply)
     * @throws IllegalArgumentException for a field that cannot be restored
     */
    public static Transfer applyToTransfer(Transfer t, String entity, String field, String value, int commitmentIndex) {
        String v = value == null ? "" : value;
        if (TRANSFER.equals(entity)) {
            return switch (field) {
                case "number" -> t.withNumber(Integer.parseInt(v));
                case "title" -> new Transfer(t.number(), v, t.schedule(), t.amount(), t.earlyApproved(), t.background(),
                        t.consequences(), t.recommendation(), t.commitments());
                case "schedule" -> new Transfer(t.number(), t.title(), Integer.parseInt(v), t.amount(), t.earlyApproved(),
                        t.background(), t.consequences(), t.recommendation(), t.commitments());
                case "amount" -> t.withAmounts(money(v), t.earlyApproved());
                case "earlyApproved" -> t.withAmounts(t.amount(), money(v));
                case "background" -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(), v,
                        t.consequences(), t.recommendation(), t.commitments());
                case "consequences" -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(),
                        t.background(), v, t.recommendation(), t.commitments());
                case "recommendation" -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(),
                        t.background(), t.consequences(), v, t.commitments());
                default -> throw new IllegalArgumentException(field);
            };
        }
        if (COMMITMENT.equals(entity) && commitmentIndex >= 0 && commitmentIndex < t.commitments().size()) {
            var list = new java.util.ArrayList<>(t.commitments());
            Commitment c = list.get(commitmentIndex);
            list.set(commitmentIndex, switch (field) {
                case "party" -> new Commitment(v, c.description(), c.amount(), c.status());
                case "description" -> new Commitment(c.party(), v, c.amount(), c.status());
                case "amount" -> new Commitment(c.party(), c.description(), money(v), c.status());
                case "status" -> new Commitment(c.party(), c.description(), c.amount(), status(v));
                default -> throw new IllegalArgumentException(field);
            });
            return t.withCommitments(list);
        }
        throw new IllegalArgumentException(entity + "." + field);
    }

    private static Money money(String v) {
        return DanishFormat.parseAmount(v);
    }

    private static CommitmentStatus status(String label) {
        for (CommitmentStatus s : CommitmentStatus.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException(label);
    }
}
