package dk.overfoersel.store.note;

import static dk.overfoersel.store.jooq.Tables.BUDGET_NOTE;
import static dk.overfoersel.store.jooq.Tables.NOTE_ACTIVITY;
import static dk.overfoersel.store.jooq.Tables.NOTE_AMOUNT;
import static dk.overfoersel.store.jooq.Tables.NOTE_ROW;
import static dk.overfoersel.store.jooq.Tables.NOTE_SECTION;
import static dk.overfoersel.store.jooq.Tables.NOTE_STATED_TOTAL;
import static dk.overfoersel.store.jooq.Tables.NOTE_TABLE;
import static dk.overfoersel.store.jooq.Tables.NOTE_TABLE_YEAR;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Activity;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteInfo;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.domain.note.Section;
import dk.overfoersel.domain.note.StatedTotals;
import dk.overfoersel.store.ConcurrentChangeException;
import dk.overfoersel.store.jooq.tables.records.BudgetNoteRecord;
import dk.overfoersel.store.jooq.tables.records.NoteRowRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/** Budget notes with their sections, activities and tables. Runs inside the caller's transaction. */
public final class NoteRepository {

    private static final String ALL = "ALL";

    private final DSLContext dsl;

    public NoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<NoteInfo> list() {
        return dsl.selectFrom(BUDGET_NOTE)
                .orderBy(BUDGET_NOTE.PRICE_LEVEL.desc(), BUDGET_NOTE.ADMINISTRATION, BUDGET_NOTE.CODE, BUDGET_NOTE.ID)
                .fetch(r -> new NoteInfo(r.getId(), r.getCode(), r.getTitle(), r.getAdministration(), r.getNoteDate(),
                        r.getPriceLevel()));
    }

    public Optional<Long> findId(String administration, int priceLevel, String code) {
        return dsl.select(BUDGET_NOTE.ID).from(BUDGET_NOTE)
                .where(BUDGET_NOTE.ADMINISTRATION.eq(administration)
                        .and(BUDGET_NOTE.PRICE_LEVEL.eq(priceLevel))
                        .and(BUDGET_NOTE.CODE.eq(code)))
                .fetchOptional(BUDGET_NOTE.ID);
    }

    public boolean exists(long id) {
        return dsl.fetchExists(BUDGET_NOTE, BUDGET_NOTE.ID.eq(id));
    }

    public long insert(BudgetNote note) {
        BudgetNoteRecord record = dsl.newRecord(BUDGET_NOTE);
        copy(note, record);
        record.store();
        insertParts(record.getId(), note);
        return record.getId();
    }

    /** Replaces the note's content; bumps its version if it still is {@code expectedVersion}. */
    public int update(long id, int expectedVersion, BudgetNote note) {
        int updated = dsl.update(BUDGET_NOTE)
                .set(BUDGET_NOTE.CODE, note.code())
                .set(BUDGET_NOTE.TITLE, note.title())
                .set(BUDGET_NOTE.ADMINISTRATION, note.administration())
                .set(BUDGET_NOTE.NOTE_DATE, note.date())
                .set(BUDGET_NOTE.PRICE_LEVEL, note.priceLevel())
                .set(BUDGET_NOTE.PERMANENT_FROM, note.permanentFrom())
                .set(BUDGET_NOTE.VERSION, BUDGET_NOTE.VERSION.plus(1))
                .where(BUDGET_NOTE.ID.eq(id).and(BUDGET_NOTE.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException(Texts.get("note.db.changed", String.valueOf(id)));
        }
        dsl.deleteFrom(NOTE_SECTION).where(NOTE_SECTION.NOTE_ID.eq(id)).execute();
        dsl.deleteFrom(NOTE_ACTIVITY).where(NOTE_ACTIVITY.NOTE_ID.eq(id)).execute();
        dsl.deleteFrom(NOTE_TABLE).where(NOTE_TABLE.NOTE_ID.eq(id)).execute();
        insertParts(id, note);
        return expectedVersion + 1;
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(BUDGET_NOTE).where(BUDGET_NOTE.ID.eq(id)).execute() > 0;
    }

    public Optional<Stored<BudgetNote>> load(long id) {
        BudgetNoteRecord r = dsl.fetchOne(BUDGET_NOTE, BUDGET_NOTE.ID.eq(id));
        if (r == null) {
            return Optional.empty();
        }
        List<Section> sections = dsl.selectFrom(NOTE_SECTION).where(NOTE_SECTION.NOTE_ID.eq(id))
                .orderBy(NOTE_SECTION.LINE_NO).fetch(s -> new Section(s.getHeading(), s.getBody()));
        List<Activity> activities = dsl.selectFrom(NOTE_ACTIVITY).where(NOTE_ACTIVITY.NOTE_ID.eq(id))
                .orderBy(NOTE_ACTIVITY.LINE_NO).fetch(a -> new Activity(a.getActivity(), a.getEffect()));
        Map<NoteTableKind, NoteTable> tables = new EnumMap<>(NoteTableKind.class);
        Map<Area, List<Long>> statedExpenditure = new EnumMap<>(Area.class);
        Map<Area, List<Long>> statedCommittee = new EnumMap<>(Area.class);
        List<Long> statedEarlier = null;
        List<Long> statedConversions = null;
        for (var t : dsl.selectFrom(NOTE_TABLE).where(NOTE_TABLE.NOTE_ID.eq(id)).orderBy(NOTE_TABLE.TABLE_NO).fetch()) {
            NoteTableKind kind = kind(t.getTableNo());
            tables.put(kind, loadTable(t.getId()));
            Map<String, List<Long>> stated = loadStated(t.getId());
            switch (kind) {
                case EXPENDITURE -> stated.forEach((a, l) -> statedExpenditure.put(Area.valueOf(a), l));
                case BY_COMMITTEE -> stated.forEach((a, l) -> statedCommittee.put(Area.valueOf(a), l));
                case EARLIER_FUNDS -> statedEarlier = stated.get(ALL);
                case CONVERSIONS -> statedConversions = stated.get(ALL);
            }
        }
        BudgetNote note = new BudgetNote(r.getCode(), r.getTitle(), r.getAdministration(), r.getNoteDate(),
                r.getPriceLevel(), r.getPermanentFrom(), sections, activities,
                tables.get(NoteTableKind.EXPENDITURE), tables.get(NoteTableKind.BY_COMMITTEE),
                tables.get(NoteTableKind.EARLIER_FUNDS), tables.get(NoteTableKind.CONVERSIONS),
                new StatedTotals(statedExpenditure, statedCommittee, statedEarlier, statedConversions));
        return Optional.of(new Stored<>(id, r.getVersion(), note));
    }

    private NoteTable loadTable(long tableId) {
        List<Integer> years = dsl.select(NOTE_TABLE_YEAR.YEAR_NO).from(NOTE_TABLE_YEAR)
                .where(NOTE_TABLE_YEAR.TABLE_ID.eq(tableId)).orderBy(NOTE_TABLE_YEAR.COL_NO).fetch(NOTE_TABLE_YEAR.YEAR_NO);
        List<NoteRowRecord> rowRecords = dsl.selectFrom(NOTE_ROW).where(NOTE_ROW.TABLE_ID.eq(tableId))
                .orderBy(NOTE_ROW.LINE_NO).fetch();
        Map<Long, Long[]> amounts = new HashMap<>();
        for (var a : dsl.select(NOTE_AMOUNT.ROW_ID, NOTE_AMOUNT.COL_NO, NOTE_AMOUNT.THOUSANDS).from(NOTE_AMOUNT)
                .join(NOTE_ROW).on(NOTE_ROW.ID.eq(NOTE_AMOUNT.ROW_ID))
                .where(NOTE_ROW.TABLE_ID.eq(tableId)).fetch()) {
            amounts.computeIfAbsent(a.value1(), k -> new Long[years.size()])[a.value2()] = a.value3();
        }
        List<NoteRow> rows = new ArrayList<>();
        for (NoteRowRecord row : rowRecords) {
            Long[] values = amounts.getOrDefault(row.getId(), new Long[years.size()]);
            List<Long> list = new ArrayList<>();
            for (Long v : values) {
                list.add(v == null ? 0L : v);
            }
            rows.add(new NoteRow(row.getArea() == null ? null : Area.valueOf(row.getArea()), row.getLabel(), list,
                    row.getConvertsFrom()));
        }
        return new NoteTable(years, rows);
    }

    private Map<String, List<Long>> loadStated(long tableId) {
        Map<String, List<Long>> map = new HashMap<>();
        for (var s : dsl.selectFrom(NOTE_STATED_TOTAL).where(NOTE_STATED_TOTAL.TABLE_ID.eq(tableId))
                .orderBy(NOTE_STATED_TOTAL.AREA, NOTE_STATED_TOTAL.COL_NO).fetch()) {
            map.computeIfAbsent(s.getArea(), k -> new ArrayList<>()).add(s.getThousands());
        }
        return map;
    }

    private static NoteTableKind kind(int number) {
        for (NoteTableKind k : NoteTableKind.values()) {
            if (k.number() == number) {
                return k;
            }
        }
        throw new IllegalStateException("table " + number);
    }

    private static void copy(BudgetNote note, BudgetNoteRecord record) {
        record.setCode(note.code());
        record.setTitle(note.title());
        record.setAdministration(note.administration());
        record.setNoteDate(note.date());
        record.setPriceLevel(note.priceLevel());
        record.setPermanentFrom(note.permanentFrom());
    }

    private void insertParts(long noteId, BudgetNote note) {
        List<TableRecord<?>> records = new ArrayList<>();
        int no = 1;
        for (Section s : note.sections()) {
            var r = dsl.newRecord(NOTE_SECTION);
            r.setNoteId(noteId);
            r.setLineNo(no++);
            r.setHeading(s.heading());
            r.setBody(s.text());
            records.add(r);
        }
        no = 1;
        for (Activity a : note.activities()) {
            var r = dsl.newRecord(NOTE_ACTIVITY);
            r.setNoteId(noteId);
            r.setLineNo(no++);
            r.setActivity(a.activity());
            r.setEffect(a.effect());
            records.add(r);
        }
        for (NoteTableKind kind : NoteTableKind.values()) {
            NoteTable table = note.table(kind);
            if (table != null) {
                insertTable(noteId, kind, table, stated(note.statedTotals(), kind), records);
            }
        }
        if (!records.isEmpty()) {
            dsl.batchInsert(records).execute();
        }
    }

    private static Map<String, List<Long>> stated(StatedTotals stated, NoteTableKind kind) {
        Map<String, List<Long>> map = new HashMap<>();
        switch (kind) {
            case EXPENDITURE -> stated.expenditure().forEach((a, l) -> map.put(a.name(), l));
            case BY_COMMITTEE -> stated.byCommittee().forEach((a, l) -> map.put(a.name(), l));
            case EARLIER_FUNDS -> {
                if (stated.earlierFunds() != null) {
                    map.put(ALL, stated.earlierFunds());
                }
            }
            case CONVERSIONS -> {
                if (stated.conversions() != null) {
                    map.put(ALL, stated.conversions());
                }
            }
        }
        return map;
    }

    private void insertTable(long noteId, NoteTableKind kind, NoteTable table, Map<String, List<Long>> stated,
                             List<TableRecord<?>> records) {
        var t = dsl.newRecord(NOTE_TABLE);
        t.setNoteId(noteId);
        t.setTableNo(kind.number());
        t.store();
        long tableId = t.getId();
        for (int i = 0; i < table.years().size(); i++) {
            var y = dsl.newRecord(NOTE_TABLE_YEAR);
            y.setTableId(tableId);
            y.setColNo(i);
            y.setYearNo(table.years().get(i));
            records.add(y);
        }
        int no = 1;
        for (NoteRow row : table.rows()) {
            NoteRowRecord r = dsl.newRecord(NOTE_ROW);
            r.setTableId(tableId);
            r.setLineNo(no++);
            r.setArea(row.area() == null ? null : row.area().name());
            r.setLabel(row.label());
            r.setConvertsFrom(row.convertsFrom());
            r.store();
            for (int i = 0; i < row.amounts().size(); i++) {
                var a = dsl.newRecord(NOTE_AMOUNT);
                a.setRowId(r.getId());
                a.setColNo(i);
                a.setThousands(row.amount(i));
                records.add(a);
            }
        }
        stated.forEach((area, list) -> {
            for (int i = 0; i < list.size(); i++) {
                var s = dsl.newRecord(NOTE_STATED_TOTAL);
                s.setTableId(tableId);
                s.setArea(area);
                s.setColNo(i);
                s.setThousands(list.get(i));
                records.add(s);
            }
        });
    }
}
