package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferFigures;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One transfer of the open round as the window holds it: its current (valid, maybe not yet
 * saved) value and its figures. The id and version belong to the database thread.
 */
public final class TransferItem {

    private final ReadOnlyObjectWrapper<Transfer> value;
    private final ReadOnlyObjectWrapper<TransferFigures> figures;
    /** The value last handed to the database (FX thread). */
    Transfer persisted;
    /** Written and read by the database thread only (after construction). */
    volatile long id;
    volatile int version;
    /** The value stored as {@link #version} (what the user's edits started from), for a conflict; database thread. */
    volatile Transfer base;

    TransferItem(long id, int version, Transfer transfer) {
        this.id = id;
        this.version = version;
        this.value = new ReadOnlyObjectWrapper<>(transfer);
        this.figures = new ReadOnlyObjectWrapper<>(transfer.figures());
        this.persisted = transfer;
        this.base = transfer;
    }

    public Transfer value() {
        return value.get();
    }

    public ReadOnlyObjectProperty<Transfer> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public TransferFigures figures() {
        return figures.get();
    }

    public ReadOnlyObjectProperty<TransferFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Missing texts: no background, or a Skema 3 transfer without consequences. */
    public boolean missingTexts() {
        Transfer t = value();
        return t.background().isBlank() || (t.isSkema3() && t.consequences().isBlank());
    }

    /** Figures first: listeners of the value read them. */
    void set(Transfer transfer) {
        figures.set(transfer.figures());
        value.set(transfer);
    }
}
