package dk.overfoersel.ui.note;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteFinding;
import dk.overfoersel.domain.note.NoteFormat;
import dk.overfoersel.domain.note.NoteInfo;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.exchange.note.ExampleNote;
import dk.overfoersel.service.note.NoteService;
import dk.overfoersel.ui.model.Background;
import dk.overfoersel.ui.model.DialogService;
import dk.overfoersel.ui.model.Edit;
import dk.overfoersel.ui.model.UndoStack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The budget notes area: the list of notes, the open note, its tables as lines with computed totals,
 * the checks beside them. Every edit makes a new note value: the checks follow at once, the note is
 * saved in the background (one transaction, with its version), and the edit can be undone.
 */
public final class NotesViewModel {

    private final Supplier<NoteService> notes;
    private final Background background;
    private final DialogService dialogs;
    private final UndoStack undo = new UndoStack();

    private final ObservableList<NoteInfo> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BudgetNote> note = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Invalid texts typed in cells, by table, row and column: shown with a marker, never stored. */
    private final java.util.Map<String, String> invalid = new java.util.HashMap<>();
    private long noteId;
    /** The stored version; read and set on the background thread only, where saves run one after the other. */
    private final AtomicInteger version = new AtomicInteger();

    public NotesViewModel(Supplier<NoteService> notes, Background background, DialogService dialogs) {
        this.notes = notes;
        this.background = background;
        this.dialogs = dialogs;
    }

    // ---- the list ---------------------------------------------------------------------------------

    /** Reads the list of notes and opens the first when none is open. */
    public void refresh() {
        background.run(() -> service().notes(), found -> {
            list.setAll(found);
            if (noteId == 0 && !found.isEmpty()) {
                open(found.get(0).id());
            }
        }, this::report);
    }

    public void open(long id) {
        background.run(() -> {
            Stored<BudgetNote> stored = service().open(id);
            version.set(stored.version());
            return stored;
        }, stored -> {
            noteId = stored.id();
            undo.clear();
            invalid.clear();
            show(stored.value());
            status.set(Texts.get("note.ui.opened", stored.value().code()));
        }, this::report);
    }

    public void loadExample() {
        store(ExampleNote::load, true);
    }

    /** Stores a note (replacing the one with its administration, price level and code when asked), then opens it. */
    void store(Supplier<BudgetNote> source, boolean replace) {
        background.run(() -> {
            long id = service().importNote(source.get(), replace);
            return new Object[] {id, service().notes()};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<NoteInfo> found = (List<NoteInfo>) result[1];
            list.setAll(found);
            open((Long) result[0]);
        }, this::report);
    }

    // ---- invalid texts: kept in their cells with a marker, never stored ----------------------------

    /** The invalid text typed in a cell ({@code column} -1: the label), or null. */
    public String invalidText(NoteTableKind kind, int row, int column) {
        return invalid.get(key(kind, row, column));
    }

    /** Esc: the cell shows its finished value again. */
    public void dropInvalid(NoteTableKind kind, int row, int column) {
        if (invalid.remove(key(kind, row, column)) != null) {
            status.set(invalid.isEmpty() ? Texts.get("note.ui.invalidDropped") : Texts.get("note.ui.invalidPending", invalid.size()));
        }
    }

    /** How many cells hold an invalid text that is not stored. */
    public int invalidCount() {
        return invalid.size();
    }

    private void keepInvalid(NoteTableKind kind, int row, int column, String text, String message) {
        invalid.put(key(kind, row, column), text);
        status.set(Texts.get("note.ui.invalidKept", message));
    }

    private static String key(NoteTableKind kind, int row, int column) {
        return kind + ":" + row + ":" + column;
    }

    // ---- editing ----------------------------------------------------------------------------------

    /** A typed amount; false (and a Danish message in the status) when it is not whole thousands. */
    public boolean setAmount(NoteTableKind kind, int row, int column, String text) {
        long value;
        try {
            value = NoteFormat.parseThousands(text);
        } catch (DomainException e) {
            keepInvalid(kind, row, column, text, e.getMessage());
            return false;
        }
        invalid.remove(key(kind, row, column));
        NoteTable t = note.get().table(kind);
        NoteRow r = t.rows().get(row);
        if (r.amount(column) == value) {
            return true;
        }
        List<Long> amounts = new ArrayList<>(r.amounts());
        amounts.set(column, value);
        return replaceRow(kind, row, r.withAmounts(amounts));
    }

    public boolean setLabel(NoteTableKind kind, int row, String label) {
        NoteRow r = note.get().table(kind).rows().get(row);
        if (label == null || label.isBlank()) {
            keepInvalid(kind, row, -1, label == null ? "" : label, Texts.get("note.rule.label"));
            return false;
        }
        invalid.remove(key(kind, row, -1));
        return label.strip().equals(r.label()) || replaceRow(kind, row, r.withLabel(label));
    }

    public boolean setArea(NoteTableKind kind, int row, Area area) {
        NoteRow r = note.get().table(kind).rows().get(row);
        return area == null || area == r.area()
                || replaceRow(kind, row, new NoteRow(area, r.label(), r.amounts(), r.convertsFrom()));
    }

    /**
     * The note's details as typed; false (and a Danish message) when one is not valid. The date is
     * typed the Danish way (12.06.2015), the years as whole numbers.
     */
    public boolean setDetails(String code, String title, String administration, String date, String priceLevel,
                              String permanentFrom) {
        BudgetNote n = note.get();
        java.time.LocalDate d;
        int level;
        int permanent;
        try {
            d = java.time.LocalDate.parse(date.strip(), java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
        } catch (RuntimeException e) {
            status.set(Texts.get("note.ui.badDate", date.strip()));
            return false;
        }
        try {
            level = Integer.parseInt(priceLevel.strip());
            permanent = Integer.parseInt(permanentFrom.strip());
        } catch (NumberFormatException e) {
            status.set(Texts.get("note.ui.badYear"));
            return false;
        }
        if (n.code().equals(code.strip()) && n.title().equals(title.strip()) && n.administration().equals(administration.strip())
                && n.date().equals(d) && n.priceLevel() == level && n.permanentFrom() == permanent) {
            return true;
        }
        return change(() -> n.withDetails(code, title, administration, d, level, permanent), Texts.get("note.ui.saved"));
    }

    /** A section's heading and text as typed (index = size adds one). */
    public boolean setSection(int index, String heading, String text) {
        BudgetNote n = note.get();
        List<dk.overfoersel.domain.note.Section> sections = new ArrayList<>(n.sections());
        if (index < sections.size() && sections.get(index).heading().equals(heading == null ? "" : heading.strip())
                && sections.get(index).text().equals(text)) {
            return true;
        }
        return change(() -> {
            dk.overfoersel.domain.note.Section s = new dk.overfoersel.domain.note.Section(heading, text);
            if (index < sections.size()) {
                sections.set(index, s);
            } else {
                sections.add(s);
            }
            return n.withSections(sections);
        }, Texts.get("note.ui.saved"));
    }

    public void removeSection(int index) {
        BudgetNote n = note.get();
        if (index < 0 || index >= n.sections().size()) {
            return;
        }
        List<dk.overfoersel.domain.note.Section> sections = new ArrayList<>(n.sections());
        sections.remove(index);
        change(() -> n.withSections(sections), Texts.get("note.ui.saved"));
    }

    /** A line of Tabel 1 as typed (index = size adds one). */
    public boolean setActivity(int index, String activity, String effect) {
        BudgetNote n = note.get();
        List<dk.overfoersel.domain.note.Activity> list = new ArrayList<>(n.activities());
        if (index < list.size() && list.get(index).activity().equals(activity == null ? "" : activity.strip())
                && list.get(index).effect().equals(effect == null ? "" : effect.strip())) {
            return true;
        }
        return change(() -> {
            dk.overfoersel.domain.note.Activity a = new dk.overfoersel.domain.note.Activity(activity, effect);
            if (index < list.size()) {
                list.set(index, a);
            } else {
                list.add(a);
            }
            return n.withActivities(list);
        }, Texts.get("note.ui.saved"));
    }

    public void removeActivity(int index) {
        BudgetNote n = note.get();
        if (index < 0 || index >= n.activities().size()) {
            return;
        }
        List<dk.overfoersel.domain.note.Activity> list = new ArrayList<>(n.activities());
        list.remove(index);
        change(() -> n.withActivities(list), Texts.get("note.ui.saved"));
    }

    /** A new row at the end of the table (creating an optional table, with Tabel 2's years for Tabel 3). */
    public void addRow(NoteTableKind kind) {
        BudgetNote n = note.get();
        NoteTable t = n.table(kind);
        if (t == null) {
            List<Integer> years = kind == NoteTableKind.BY_COMMITTEE ? n.expenditure().years() : List.of(n.priceLevel());
            t = new NoteTable(years, List.of());
        }
        List<NoteRow> rows = new ArrayList<>(t.rows());
        rows.add(new NoteRow(kind.hasAreas() ? Area.SERVICE : null, Texts.get("note.ui.newRow"),
                t.years().stream().map(y -> 0L).toList(), null));
        NoteTable table = t;
        change(() -> n.withTable(kind, table.withRows(rows)), Texts.get("note.ui.rowAdded"));
    }

    public void removeRow(NoteTableKind kind, int row) {
        dropInvalid(kind);
        NoteTable t = note.get().table(kind);
        if (t == null || row < 0 || row >= t.rows().size()) {
            return;
        }
        List<NoteRow> rows = new ArrayList<>(t.rows());
        rows.remove(row);
        change(() -> note.get().withTable(kind, t.withRows(rows)), Texts.get("note.ui.rowRemoved"));
    }

    /** A year after the last one, with 0 in every row. */
    public void addYear(NoteTableKind kind) {
        dropInvalid(kind);
        NoteTable t = note.get().table(kind);
        if (t == null) {
            return;
        }
        List<Integer> years = new ArrayList<>(t.years());
        years.add(years.get(years.size() - 1) + 1);
        List<NoteRow> rows = t.rows().stream().map(r -> {
            List<Long> a = new ArrayList<>(r.amounts());
            a.add(0L);
            return r.withAmounts(a);
        }).toList();
        change(() -> withoutStated(kind, note.get()).withTable(kind, new NoteTable(years, rows)), Texts.get("note.ui.yearAdded"));
    }

    /** Removes the last year (a table keeps at least one). */
    public void removeYear(NoteTableKind kind) {
        dropInvalid(kind);
        NoteTable t = note.get().table(kind);
        if (t == null || t.years().size() <= 1) {
            return;
        }
        int last = t.years().size() - 1;
        List<NoteRow> rows = t.rows().stream().map(r -> r.withAmounts(r.amounts().subList(0, last))).toList();
        change(() -> withoutStated(kind, note.get()).withTable(kind, new NoteTable(t.years().subList(0, last), rows)),
                Texts.get("note.ui.yearRemoved"));
    }

    /** Stated totals belong to the years they were written for: a table whose years change drops them. */
    private static BudgetNote withoutStated(NoteTableKind kind, BudgetNote n) {
        var s = n.statedTotals();
        return n.withStatedTotals(new dk.overfoersel.domain.note.StatedTotals(
                kind == NoteTableKind.EXPENDITURE ? null : s.expenditure(),
                kind == NoteTableKind.BY_COMMITTEE ? null : s.byCommittee(),
                kind == NoteTableKind.EARLIER_FUNDS ? null : s.earlierFunds(),
                kind == NoteTableKind.CONVERSIONS ? null : s.conversions()));
    }

    private boolean replaceRow(NoteTableKind kind, int row, NoteRow changed) {
        NoteTable t = note.get().table(kind);
        List<NoteRow> rows = new ArrayList<>(t.rows());
        rows.set(row, changed);
        return change(() -> note.get().withTable(kind, t.withRows(rows)), Texts.get("note.ui.saved"));
    }

    /** Shows the new note, saves it and records the edit; false (nothing changed) when it breaks a rule. */
    private boolean change(Supplier<BudgetNote> make, String done) {
        BudgetNote after;
        try {
            after = make.get();
        } catch (DomainException e) {
            status.set(e.getMessage());
            return false;
        }
        BudgetNote before = note.get();
        show(after);
        save(after, done);
        undo.push(new Edit() {
            @Override
            public void undo() {
                show(before);
                save(before, Texts.get("note.ui.undone"));
            }

            @Override
            public void redo() {
                show(after);
                save(after, Texts.get("note.ui.redone"));
            }
        });
        return true;
    }

    private void save(BudgetNote value, String done) {
        long id = noteId;
        background.run(() -> {
            version.set(service().update(id, version.get(), value));
            return service().notes();
        }, found -> {
            list.setAll(found);
            status.set(done);
        }, this::report);
    }

    /** Undoes the last finished edit; invalid texts in cells are dropped with it (rows may have moved). */
    public void undo() {
        invalid.clear();
        undo.undo();
    }

    public void redo() {
        invalid.clear();
        undo.redo();
    }

    /** Rows or years of a table change: its invalid texts no longer have their place. */
    private void dropInvalid(NoteTableKind kind) {
        invalid.keySet().removeIf(k -> k.startsWith(kind + ":"));
    }

    // ---- what the view shows ----------------------------------------------------------------------

    private void show(BudgetNote value) {
        note.set(value);
        checks.setAll(value.checks().stream().map(NoteFinding::message).toList());
    }

    /** The lines of a table: its rows, then the totals per area (Tabel 2–3) and the grand total. */
    public static List<NoteLine> lines(BudgetNote n, NoteTableKind kind) {
        NoteTable t = n == null ? null : n.table(kind);
        List<NoteLine> lines = new ArrayList<>();
        if (t == null) {
            return lines;
        }
        for (int i = 0; i < t.rows().size(); i++) {
            NoteRow r = t.rows().get(i);
            lines.add(new NoteLine(i, r.area(), r.label(), r.amounts(), r.convertsFrom()));
        }
        if (kind.hasAreas()) {
            for (Area a : t.areas()) {
                lines.add(new NoteLine(-1, a, a.totalLabel(), t.totals(a), null));
            }
        }
        lines.add(new NoteLine(-1, null, Texts.get("note.total"), t.totals(), null));
        return lines;
    }

    private NoteService service() {
        NoteService s = notes.get();
        if (s == null) {
            throw new DomainException(Texts.get("note.ui.noDatabase"));
        }
        return s;
    }

    private void report(Throwable e) {
        report(e, true);
    }

    /** A Danish message in the status bar and a dialog; {@code reopen} reads the note again (a failed save). */
    void report(Throwable e, boolean reopen) {
        String message = e instanceof RuntimeException && e.getMessage() != null && !(e instanceof NullPointerException)
                ? e.getMessage() : Texts.get("note.ui.unexpected");
        status.set(message);
        dialogs.error(Texts.get("note.ui.errorTitle"), message);
        if (reopen && noteId != 0) {
            open(noteId);
        }
    }

    Background background() {
        return background;
    }

    DialogService dialogs() {
        return dialogs;
    }

    void status(String text) {
        status.set(text);
    }

    public ObservableList<NoteInfo> notesList() {
        return list;
    }

    public ReadOnlyObjectProperty<BudgetNote> noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ObservableList<String> checks() {
        return checks;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public long noteId() {
        return noteId;
    }

    public UndoStack undoStack() {
        return undo;
    }
}
