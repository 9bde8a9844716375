package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferFigures;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One transfer of the open round as the window holds it: its current (valid, maybe not yet
 * saved) value and its figures. The id and version belong to the database thread.
 *
 * <p>A round is read without its transfers' texts and figures ({@code CaseService.openWithoutTexts}):
 * such an item is not {@link #isComplete() complete}, its value's texts are empty, and it is never
 * edited or written (the {@link Workspace} refuses); selecting it reads its whole value first.
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
    /** The whole value it had when it was deleted (undo brings it back); database thread. */
    volatile Transfer deletedWhole;

    private final ReadOnlyBooleanWrapper complete;
    /** For an item whose texts are not read: whether they are missing (read in the background), for the marker. */
    private final ReadOnlyBooleanWrapper missingTextsHint = new ReadOnlyBooleanWrapper(false);

    /** A complete item: its whole value is known (a new transfer, or one read whole). */
    TransferItem(long id, int version, Transfer transfer) {
        this(id, version, transfer, true);
    }

    TransferItem(long id, int version, Transfer transfer, boolean complete) {
        this.complete = new ReadOnlyBooleanWrapper(complete);
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

    /** Missing texts ({@link Transfer#missingTexts()}); for an item not read whole, as read in the background. */
    public boolean missingTexts() {
        return isComplete() ? value().missingTexts() : missingTextsHint.get();
    }

    public ReadOnlyBooleanProperty missingTextsHintProperty() {
        return missingTextsHint.getReadOnlyProperty();
    }

    void setMissingTextsHint(boolean missing) {
        missingTextsHint.set(missing);
    }

    /** True when the value is the transfer's whole value (texts, figures); only then it is edited or written. */
    public boolean isComplete() {
        return complete.get();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** The whole value has been read (or the item is to be read again: {@code false}). */
    void setComplete(boolean whole) {
        complete.set(whole);
    }

    /** Figures first: listeners of the value read them. */
    void set(Transfer transfer) {
        figures.set(transfer.figures());
        value.set(transfer);
    }
}
