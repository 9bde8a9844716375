package dk.overfoersel.domain.note;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks of a note's figures, in the order of the tables. The note's figures are never changed. */
final class NoteChecks {

    private NoteChecks() {
    }

    static List<NoteFinding> of(BudgetNote note) {
        List<NoteFinding> findings = new ArrayList<>();
        committeeAgainstExpenditure(note, findings);
        stated(note, findings);
        conversions(note, findings);
        return findings;
    }

    /** Tabel 3 against Tabel 2, for each area Tabel 3 has, in each of Tabel 3's years. */
    private static void committeeAgainstExpenditure(BudgetNote note, List<NoteFinding> findings) {
        NoteTable byCommittee = note.byCommittee();
        if (byCommittee == null) {
            return;
        }
        for (Area area : byCommittee.areas()) {
            List<Long> totals = byCommittee.totals(area);
            for (int i = 0; i < byCommittee.years().size(); i++) {
                int year = byCommittee.years().get(i);
                long expected = note.expenditure().totalIn(area, year);
                if (totals.get(i) != expected) {
                    findings.add(new NoteFinding(NoteFinding.Code.COMMITTEE_TOTAL_DIFFERS, NoteTableKind.BY_COMMITTEE,
                            year, area, null, expected, totals.get(i)));
                }
            }
        }
    }

    private static void stated(BudgetNote note, List<NoteFinding> findings) {
        StatedTotals stated = note.statedTotals();
        stated.expenditure().forEach((area, list) -> compare(NoteTableKind.EXPENDITURE, note.expenditure(), area, list, findings));
        if (note.byCommittee() != null) {
            stated.byCommittee().forEach((area, list) -> compare(NoteTableKind.BY_COMMITTEE, note.byCommittee(), area, list, findings));
        }
        if (stated.earlierFunds() != null) {
            compare(NoteTableKind.EARLIER_FUNDS, note.earlierFunds(), null, stated.earlierFunds(), findings);
        }
        if (stated.conversions() != null) {
            compare(NoteTableKind.CONVERSIONS, note.conversions(), null, stated.conversions(), findings);
        }
    }

    private static void compare(NoteTableKind kind, NoteTable table, Area area, List<Long> stated, List<NoteFinding> findings) {
        List<Long> actual = area == null ? table.totals() : table.totals(area);
        for (int i = 0; i < stated.size(); i++) {
            if (!stated.get(i).equals(actual.get(i))) {
                findings.add(new NoteFinding(NoteFinding.Code.STATED_TOTAL_DIFFERS, kind, table.years().get(i), area,
                        null, stated.get(i), actual.get(i)));
            }
        }
    }

    /** The conversions naming a Tabel 4 row, summed per year, against that row's allocation in the year. */
    private static void conversions(BudgetNote note, List<NoteFinding> findings) {
        NoteTable conversions = note.conversions();
        NoteTable earlier = note.earlierFunds();
        if (conversions == null || earlier == null) {
            return;
        }
        Map<String, long[]> converted = new LinkedHashMap<>();
        for (NoteRow row : conversions.rows()) {
            if (row.convertsFrom() != null) {
                long[] sums = converted.computeIfAbsent(row.convertsFrom(), k -> new long[conversions.years().size()]);
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += row.amount(i);
                }
            }
        }
        converted.forEach((source, sums) -> {
            NoteRow from = earlier.rows().stream().filter(r -> r.label().equals(source)).findFirst().orElseThrow();
            for (int i = 0; i < sums.length; i++) {
                int year = conversions.years().get(i);
                int j = earlier.yearIndex(year);
                long allocated = j < 0 ? 0 : from.amount(j);
                if (sums[i] > allocated) {
                    findings.add(new NoteFinding(NoteFinding.Code.CONVERSION_EXCEEDS_SOURCE, NoteTableKind.CONVERSIONS,
                            year, null, source, allocated, sums[i]));
                }
            }
        });
    }
}
