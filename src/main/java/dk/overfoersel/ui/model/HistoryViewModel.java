package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.service.audit.HistoryEntry;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history of one transfer (Vis → Historik): its audit entries, newest first, loaded on the
 * background thread; "Gendan denne værdi" puts an entry's old value back through the normal edit of
 * the transfer, so the restore is saved, audited and undoable like any edit.
 */
public final class HistoryViewModel {

    private final Workspace workspace;
    private final TransferItem item;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public HistoryViewModel(Workspace workspace, TransferItem item) {
        this.workspace = workspace;
        this.item = item;
        title.set(Texts.get("ui.history.title", String.valueOf(item.value().number()), item.value().title()));
    }

    /** Reads the entries (after what is pending is saved: the jobs run in order). */
    public void load() {
        workspace.saveDirty();
        message.set(Texts.get("ui.history.loading"));
        workspace.background().run(() -> workspace.service().transferHistory(item.id), list -> {
            List<HistoryEntry> newestFirst = new java.util.ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            entries.setAll(newestFirst);
            message.set(list.isEmpty() ? Texts.get("ui.history.none") : "");
        }, e -> message.set(String.valueOf(e.getMessage())));
    }

    /** Puts the entry's old value back into the transfer (saved as an edit), then reloads the history. */
    public void restore(HistoryEntry entry) {
        if (entry == null || !entry.restorable()) {
            message.set(Texts.get("ui.history.notRestorable"));
            return;
        }
        if (!workspace.transfers().contains(item)) {
            message.set(Texts.get("ui.history.transferGone"));
            return;
        }
        workspace.saveDirty();
        Transfer current = item.value();
        workspace.background().run(() -> workspace.service().withOldValue(item.id, current, entry), restored -> {
            if (workspace.numberTaken(restored.number(), item)) {
                message.set(Texts.get("ui.history.numberTaken", String.valueOf(restored.number())));
                return;
            }
            workspace.changeTransfer(item, restored);
            workspace.saveDirty();
            load();
        }, e -> message.set(String.valueOf(e.getMessage())));
    }

    public ObservableList<HistoryEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
