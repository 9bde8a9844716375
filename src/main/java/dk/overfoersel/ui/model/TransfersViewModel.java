package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferFigures;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The transfers table: search (number, title, texts), schedule filter, selection, totals of the
 * shown rows, and add / duplicate / delete (with confirmation; undoable).
 */
public final class TransfersViewModel {

    /** Schedule filter value meaning "all schedules". */
    public static final int ALL_SCHEDULES = 0;

    private final Workspace workspace;
    private final StringProperty search = new SimpleStringProperty("");
    private final IntegerProperty scheduleFilter = new SimpleIntegerProperty(ALL_SCHEDULES);
    private final ObjectProperty<TransferItem> selected = new SimpleObjectProperty<>();
    private final FilteredList<TransferItem> shown;
    private final ObservableList<TransferItem> shownView;
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    /** The transfers (ids) whose stored texts contain {@link #hitsFor}: the texts of rows not read whole are searched in the database. */
    private java.util.Set<Long> textHits = java.util.Set.of();
    private String hitsFor = "";
    /** The search last asked for (read by the database thread, which skips a search overtaken by typing). */
    private volatile String latestNeedle = "";

    public TransfersViewModel(Workspace workspace) {
        this.workspace = workspace;
        shown = new FilteredList<>(workspace.transfers(), t -> true);
        shownView = FXCollections.unmodifiableObservableList(shown);
        search.addListener((o, a, b) -> refilter());
        scheduleFilter.addListener((o, a, b) -> refilter());
        // another round opened under a search: its texts are searched too
        workspace.roundProperty().addListener((o, a, b) -> {
            if (search.get() != null && !search.get().isBlank()) {
                refilter();
            }
        });
        workspace.revisionProperty().addListener((o, a, b) -> refreshTotals());
        refreshTotals();
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        latestNeedle = needle;
        String asked = workspace.roundId() + ":" + needle; // the hits belong to one round's texts
        if (!needle.isEmpty() && !asked.equals(hitsFor)) {
            workspace.searchTexts(needle, () -> needle.equals(latestNeedle), ids -> {
                if (needle.equals(latestNeedle)) {
                    textHits = ids;
                    hitsFor = asked;
                    refilter();
                }
            });
        }
        int schedule = scheduleFilter.get();
        java.util.Set<Long> hits = asked.equals(hitsFor) ? textHits : java.util.Set.of();
        shown.setPredicate(item -> matches(item.value(), needle, schedule)
                || (!item.isComplete() && hits.contains(item.id) && matches(item.value(), "", schedule)));
        if (selected.get() != null && !shown.contains(selected.get())) {
            // a search that hides the selected transfer also empties the editor
            selected.set(null);
        }
        refreshTotals();
    }

    static boolean matches(Transfer t, String needle, int schedule) {
        if (schedule != ALL_SCHEDULES && t.schedule() != schedule) {
            return false;
        }
        if (needle.isEmpty()) {
            return true;
        }
        return String.valueOf(t.number()).equals(needle)
                || contains(t.title(), needle) || contains(t.background(), needle)
                || contains(t.consequences(), needle) || contains(t.recommendation(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void refreshTotals() {
        Money amount = Money.ZERO;
        Money early = Money.ZERO;
        Money committed = Money.ZERO;
        Money pending = Money.ZERO;
        Money uncommitted = Money.ZERO;
        for (TransferItem item : shown) {
            TransferFigures f = item.figures();
            amount = amount.plus(f.amount());
            early = early.plus(f.earlyApproved());
            committed = committed.plus(f.committed());
            pending = pending.plus(f.pending());
            uncommitted = uncommitted.plus(f.uncommitted());
        }
        totals.set(Texts.get("ui.transfers.totals", millions(amount), millions(early), millions(committed),
                millions(pending), millions(uncommitted)));
        count.set(Texts.get("ui.transfers.count", shown.size(), workspace.transfers().size()));
    }

    /** {@code 36,684}: millions to the thousand, the unit is in the label. */
    private static String millions(Money m) {
        return DanishFormat.decimal(m.millions(3));
    }

    /** Adds a new, empty Skema 3 transfer with the next free number and selects it. */
    public TransferItem add() {
        int number = workspace.nextNumber();
        Transfer t = new Transfer(number, Texts.get("ui.transfers.newTitle"), Transfer.SCHEDULE_OPTIONAL,
                Money.ZERO, Money.ZERO, "", "", "", List.of());
        return select(workspace.addTransfer(t));
    }

    /** Copies the selected transfer (texts and commitments) under the next free number. */
    public TransferItem duplicate() {
        TransferItem item = selected.get();
        if (item == null || !item.isComplete()) {
            return null; // its texts are still being read
        }
        Transfer t = item.value();
        Transfer copy = new Transfer(workspace.nextNumber(), Texts.get("ui.transfers.copyTitle", t.title()), t.schedule(),
                t.amount(), t.earlyApproved(), t.background(), t.consequences(), t.recommendation(), t.commitments());
        return select(workspace.addTransfer(copy));
    }

    /** Deletes the selected transfer after asking; true when deleted. */
    public boolean delete() {
        TransferItem item = selected.get();
        if (item == null) {
            return false;
        }
        Transfer t = item.value();
        if (!workspace.dialogs().confirm(Texts.get("ui.transfers.deleteTitle"),
                Texts.get("ui.transfers.deleteQuestion", String.valueOf(t.number()), t.title()))) {
            return false;
        }
        int index = shown.indexOf(item);
        workspace.deleteTransfer(item);
        if (shown.isEmpty()) {
            selected.set(null);
        } else {
            selected.set(shown.get(Math.max(0, Math.min(index, shown.size() - 1))));
        }
        return true;
    }

    private TransferItem select(TransferItem item) {
        if (!shown.contains(item)) {
            search.set("");
            scheduleFilter.set(ALL_SCHEDULES);
        }
        selected.set(item);
        return item;
    }

    /** The rows the table shows (filtered; the view sorts). */
    /** Changes with every edit of the round (the table re-sorts on it). */
    public javafx.beans.Observable revision() {
        return workspace.revisionProperty();
    }

    /** All the round's transfers, whether shown or not. */
    public ObservableList<TransferItem> all() {
        // kept: an unmodifiable view listens to its source weakly, so a fresh one could be collected
        if (all == null) {
            all = FXCollections.unmodifiableObservableList(workspace.transfers());
        }
        return all;
    }

    private ObservableList<TransferItem> all;

    public ObservableList<TransferItem> shown() {
        return shownView;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public IntegerProperty scheduleFilterProperty() {
        return scheduleFilter;
    }

    public ObjectProperty<TransferItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
