package dk.overfoersel.domain.note;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.rule.Limits;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A budget note (budgetnotat): code and title, who writes it and when, the price level of its
 * amounts, the year from which the expenditure is permanent, texts in sections, the activities
 * (Tabel 1) and the multi-year tables (Tabel 2–5). Amounts are whole thousands of kroner.
 *
 * @param byCommittee   Tabel 3, or null
 * @param earlierFunds  Tabel 4, or null
 * @param conversions   Tabel 5, or null
 */
public record BudgetNote(String code, String title, String administration, LocalDate date, int priceLevel,
                         int permanentFrom, List<Section> sections, List<Activity> activities,
                         NoteTable expenditure, NoteTable byCommittee, NoteTable earlierFunds,
                         NoteTable conversions, StatedTotals statedTotals) {

    public BudgetNote {
        code = code == null ? "" : code.strip();
        title = title == null ? "" : title.strip();
        administration = administration == null ? "" : administration.strip();
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        activities = List.copyOf(Objects.requireNonNull(activities, "activities"));
        Objects.requireNonNull(expenditure, "expenditure");
        statedTotals = statedTotals == null ? StatedTotals.NONE : statedTotals;
        if (code.isEmpty()) {
            throw new DomainException(Texts.get("note.rule.code"));
        }
        if (title.isEmpty()) {
            throw new DomainException(Texts.get("note.rule.title"));
        }
        if (administration.isEmpty()) {
            throw new DomainException(Texts.get("note.rule.administration"));
        }
        NoteTexts.line(code, "note.field.code", Limits.NOTE_CODE);
        NoteTexts.line(title, "note.field.title", Limits.TITLE);
        NoteTexts.line(administration, "note.field.administration", Limits.ADMINISTRATION);
        Objects.requireNonNull(date, "date");
        if (priceLevel < NoteTable.MIN_YEAR || priceLevel > NoteTable.MAX_YEAR) {
            throw new DomainException(Texts.get("note.rule.year", String.valueOf(priceLevel)));
        }
        if (permanentFrom < NoteTable.MIN_YEAR || permanentFrom > NoteTable.MAX_YEAR) {
            throw new DomainException(Texts.get("note.rule.year", String.valueOf(permanentFrom)));
        }
        requireAreas(expenditure, true, NoteTableKind.EXPENDITURE);
        requireAreas(byCommittee, true, NoteTableKind.BY_COMMITTEE);
        requireAreas(earlierFunds, false, NoteTableKind.EARLIER_FUNDS);
        requireAreas(conversions, false, NoteTableKind.CONVERSIONS);
        checkSources(earlierFunds, conversions);
        checkStated(statedTotals, expenditure, byCommittee, earlierFunds, conversions);
    }

    public NoteTable table(NoteTableKind kind) {
        return switch (kind) {
            case EXPENDITURE -> expenditure;
            case BY_COMMITTEE -> byCommittee;
            case EARLIER_FUNDS -> earlierFunds;
            case CONVERSIONS -> conversions;
        };
    }

    /** A copy with one table replaced (null removes an optional table). */
    public BudgetNote withTable(NoteTableKind kind, NoteTable table) {
        return new BudgetNote(code, title, administration, date, priceLevel, permanentFrom, sections, activities,
                kind == NoteTableKind.EXPENDITURE ? table : expenditure,
                kind == NoteTableKind.BY_COMMITTEE ? table : byCommittee,
                kind == NoteTableKind.EARLIER_FUNDS ? table : earlierFunds,
                kind == NoteTableKind.CONVERSIONS ? table : conversions, statedTotals);
    }

    /** A copy with other details (code, title, administration, date, price level, permanent from). */
    public BudgetNote withDetails(String newCode, String newTitle, String newAdministration, LocalDate newDate,
                                  int newPriceLevel, int newPermanentFrom) {
        return new BudgetNote(newCode, newTitle, newAdministration, newDate, newPriceLevel, newPermanentFrom, sections,
                activities, expenditure, byCommittee, earlierFunds, conversions, statedTotals);
    }

    public BudgetNote withSections(List<Section> newSections) {
        return new BudgetNote(code, title, administration, date, priceLevel, permanentFrom, newSections, activities,
                expenditure, byCommittee, earlierFunds, conversions, statedTotals);
    }

    public BudgetNote withActivities(List<Activity> newActivities) {
        return new BudgetNote(code, title, administration, date, priceLevel, permanentFrom, sections, newActivities,
                expenditure, byCommittee, earlierFunds, conversions, statedTotals);
    }

    public BudgetNote withStatedTotals(StatedTotals stated) {
        return new BudgetNote(code, title, administration, date, priceLevel, permanentFrom, sections, activities,
                expenditure, byCommittee, earlierFunds, conversions, stated);
    }

    /** The checks of the note's figures: what a reader of the note would catch. Never blocking. */
    public List<NoteFinding> checks() {
        return NoteChecks.of(this);
    }

    private static void requireAreas(NoteTable table, boolean withArea, NoteTableKind kind) {
        if (table == null) {
            return;
        }
        for (NoteRow row : table.rows()) {
            if (withArea && row.area() == null) {
                throw new DomainException(Texts.get("note.rule.areaMissing", kind.label(), row.label()));
            }
            if (!withArea && row.area() != null) {
                throw new DomainException(Texts.get("note.rule.areaNotAllowed", kind.label(), row.label()));
            }
            if (kind != NoteTableKind.CONVERSIONS && row.convertsFrom() != null) {
                throw new DomainException(Texts.get("note.rule.convertsFromNotAllowed", kind.label(), row.label()));
            }
        }
    }

    private static void checkSources(NoteTable earlierFunds, NoteTable conversions) {
        Set<String> labels = new HashSet<>();
        if (earlierFunds != null) {
            for (NoteRow row : earlierFunds.rows()) {
                if (!labels.add(row.label())) {
                    throw new DomainException(Texts.get("note.rule.duplicateSource", row.label()));
                }
            }
        }
        if (conversions != null) {
            for (NoteRow row : conversions.rows()) {
                if (row.convertsFrom() != null && !labels.contains(row.convertsFrom())) {
                    throw new DomainException(Texts.get("note.rule.unknownSource", row.label(), row.convertsFrom()));
                }
            }
        }
    }

    private static void checkStated(StatedTotals stated, NoteTable expenditure, NoteTable byCommittee,
                                    NoteTable earlierFunds, NoteTable conversions) {
        stated.expenditure().values().forEach(list -> requireLength(list, expenditure, NoteTableKind.EXPENDITURE));
        stated.byCommittee().values().forEach(list -> requireLength(list, byCommittee, NoteTableKind.BY_COMMITTEE));
        requireLength(stated.earlierFunds(), earlierFunds, NoteTableKind.EARLIER_FUNDS);
        requireLength(stated.conversions(), conversions, NoteTableKind.CONVERSIONS);
    }

    private static void requireLength(List<Long> totals, NoteTable table, NoteTableKind kind) {
        if (totals == null) {
            return;
        }
        if (table == null) {
            throw new DomainException(Texts.get("note.rule.statedWithoutTable", kind.label()));
        }
        if (totals.size() != table.years().size()) {
            throw new DomainException(Texts.get("note.rule.statedCount", kind.label(),
                    String.valueOf(totals.size()), String.valueOf(table.years().size())));
        }
    }
}
