package dk.overfoersel.service.note;

import static dk.overfoersel.domain.note.NoteFormat.thousands;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.note.Activity;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.domain.note.Section;
import dk.overfoersel.service.audit.AuditKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A budget note as the audit trail stores it: one field per detail, the sections, the activities and
 * each table as readable text (one line per row: area, label, amounts), so an edit of one amount is one
 * entry showing the table before and after.
 */
public final class NoteAudit {

    public static final String ENTITY = "budget_note";

    private NoteAudit() {
    }

    public static AuditKey key(long noteId) {
        return new AuditKey(ENTITY, noteId, null, null, null);
    }

    public static Map<String, String> fields(BudgetNote n) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", n.code());
        m.put("title", n.title());
        m.put("administration", n.administration());
        m.put("date", DanishFormat.date(n.date()));
        m.put("priceLevel", String.valueOf(n.priceLevel()));
        m.put("permanentFrom", String.valueOf(n.permanentFrom()));
        m.put("sections", n.sections().stream().map(NoteAudit::section).collect(Collectors.joining("\n\n")));
        m.put("activities", n.activities().stream().map(NoteAudit::activity).collect(Collectors.joining("\n")));
        for (NoteTableKind kind : NoteTableKind.values()) {
            m.put(field(kind), table(n.table(kind)));
        }
        m.put("statedTotals", stated(n));
        return m;
    }

    /** A one-line description of the whole note, for an import or a deletion. */
    public static String describe(BudgetNote n) {
        return n.code() + " – " + n.title() + " (" + n.administration() + ", " + n.priceLevel() + " p/l)";
    }

    static String field(NoteTableKind kind) {
        return switch (kind) {
            case EXPENDITURE -> "expenditure";
            case BY_COMMITTEE -> "byCommittee";
            case EARLIER_FUNDS -> "earlierFunds";
            case CONVERSIONS -> "conversions";
        };
    }

    private static String section(Section s) {
        return s.heading() + "\n" + s.text();
    }

    private static String activity(Activity a) {
        return a.activity() + " | " + a.effect();
    }

    private static String table(NoteTable t) {
        if (t == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(t.years().stream().map(String::valueOf).collect(Collectors.joining("; ")));
        for (NoteRow row : t.rows()) {
            s.append('\n');
            if (row.area() != null) {
                s.append(row.area().label()).append(" | ");
            }
            s.append(row.label()).append(" | ").append(amounts(row.amounts()));
            if (row.convertsFrom() != null) {
                s.append(" ← ").append(row.convertsFrom());
            }
        }
        return s.toString();
    }

    private static String stated(BudgetNote n) {
        StringBuilder s = new StringBuilder();
        n.statedTotals().expenditure().forEach((a, l) -> line(s, "2", a, l));
        n.statedTotals().byCommittee().forEach((a, l) -> line(s, "3", a, l));
        if (n.statedTotals().earlierFunds() != null) {
            line(s, "4", null, n.statedTotals().earlierFunds());
        }
        if (n.statedTotals().conversions() != null) {
            line(s, "5", null, n.statedTotals().conversions());
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String table, Area area, List<Long> totals) {
        if (s.length() > 0) {
            s.append('\n');
        }
        s.append(table);
        if (area != null) {
            s.append(' ').append(area.label());
        }
        s.append(": ").append(amounts(totals));
    }

    private static String amounts(List<Long> amounts) {
        return amounts.stream().map(a -> thousands(a)).collect(Collectors.joining("; "));
    }
}
