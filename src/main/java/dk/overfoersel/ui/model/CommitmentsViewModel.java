package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The commitments (contracts) behind the selected transfer: the list, editing of a cell, a form
 * to add one, and the transfer's committed / pending / uncommitted figures with a warning when
 * the contracts exceed the amount. Each change is one saved, undoable edit.
 */
public final class CommitmentsViewModel {

    private final Workspace workspace;
    private final ObjectProperty<TransferItem> item = new SimpleObjectProperty<>();
    private final ObservableList<Commitment> commitments = FXCollections.observableArrayList();
    private final ObservableList<Commitment> commitmentsView = FXCollections.unmodifiableObservableList(commitments);
    private final StringProperty newParty = new SimpleStringProperty("");
    private final StringProperty newDescription = new SimpleStringProperty("");
    private final StringProperty newAmount = new SimpleStringProperty("");
    private final ObjectProperty<CommitmentStatus> newStatus = new SimpleObjectProperty<>(CommitmentStatus.SIGNED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper committed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper planned = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper uncommitted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exceedWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exceeds = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<Transfer> changed = (o, a, b) -> refresh();
    /** Amount cells left with an invalid text, by row: shown red, not stored (decision 0113). */
    private final javafx.collections.ObservableMap<Integer, String> invalidAmounts = FXCollections.observableHashMap();
    private final javafx.beans.binding.BooleanBinding invalid = javafx.beans.binding.Bindings.isNotEmpty(invalidAmounts);
    /** Ends a cell edit in the view (its typed text is handed to {@link #finishAmount}); set by the view. */
    private Runnable finishEditing = () -> { };
    private java.util.function.Consumer<TransferItem> reselect = i -> { };
    /** While leaving a transfer: the one a cell's text still belongs to. */
    private TransferItem leaving;
    /** Going back to fix: the invalid texts to show again. */
    private java.util.Map<Integer, String> returning;
    private TransferItem returningTo;

    public CommitmentsViewModel(Workspace workspace) {
        this.workspace = workspace;
        item.addListener((o, old, now) -> {
            if (old != null) {
                old.valueProperty().removeListener(changed);
                leave(old, now);
            } else if (now != null && now == returningTo) {
                // back to fix, after the transfer chosen meanwhile was being read (no transfer in between)
                invalidAmounts.putAll(returning);
                returning = null;
                returningTo = null;
            }
            if (now != null) {
                now.valueProperty().addListener(changed);
            }
            message.set("");
            refresh();
        });
        refresh();
    }

    /** Leaving a transfer: a cell still being edited is finished; an invalid text asks fix or discard. */
    private void leave(TransferItem old, TransferItem now) {
        leaving = old;
        try {
            finishEditing.run();
        } finally {
            leaving = null;
        }
        if (now != null && now == returningTo) {
            invalidAmounts.putAll(returning);
            returning = null;
            returningTo = null;
            return;
        }
        if (invalidAmounts.isEmpty() || !workspace.transfers().contains(old)) {
            invalidAmounts.clear();
            return;
        }
        java.util.Map<Integer, String> kept = new java.util.HashMap<>(invalidAmounts);
        invalidAmounts.clear();
        int row = kept.keySet().stream().min(Integer::compare).orElse(0);
        if (workspace.dialogs().fixInvalid(Texts.get("ui.editor.invalidCellOnLeave", Texts.get("ui.commitments.amount"),
                row + 1, String.valueOf(old.value().number()), old.value().title()))) {
            returning = kept;
            returningTo = old;
            reselect.accept(old);
        }
    }

    /**
     * An amount cell is left with {@code text} (null: Esc, the stored value comes back): a valid amount is
     * stored (one undo step), an invalid one stays shown with its message and is not stored.
     */
    public void finishAmount(int row, String text) {
        if (text == null) {
            invalidAmounts.remove(row);
            message.set("");
            return;
        }
        String problem = TransferEditorViewModel.amountMessage(text);
        if (problem != null) {
            invalidAmounts.put(row, text);
            message.set(problem);
            return;
        }
        invalidAmounts.remove(row);
        TransferItem target = target();
        if (target != null && row < target.value().commitments().size()
                && DanishFormat.parseAmount(text).equals(target.value().commitments().get(row).amount())) {
            message.set("");
            return;
        }
        setAmount(row, text);
    }

    /** The unsaved invalid text of a row's amount, or null. */
    public String invalidAmount(int row) {
        return invalidAmounts.get(row);
    }

    /** Window closing: a cell being edited is finished (valid text stored). */
    public void commitAll() {
        finishEditing.run();
    }

    /** Drops the unsaved invalid texts (closing the window after "Kassér"). */
    public void discardInvalid() {
        invalidAmounts.clear();
        message.set("");
    }

    public void setFinishEditing(Runnable finishEditing) {
        this.finishEditing = finishEditing;
    }

    /** How to select a transfer again to fix its invalid cell (the main view model sets this). */
    public void setReselect(java.util.function.Consumer<TransferItem> reselect) {
        this.reselect = reselect;
    }

    /** True while an amount cell holds an invalid text that is not stored. */
    public javafx.beans.binding.BooleanBinding invalidProperty() {
        return invalid;
    }

    private TransferItem target() {
        return leaving != null ? leaving : item.get();
    }

    private void refresh() {
        TransferItem current = item.get();
        editable.set(current != null);
        if (current == null) {
            commitments.clear();
            committed.set("");
            pending.set("");
            planned.set("");
            uncommitted.set("");
            exceedWarning.set("");
            exceeds.set(false);
            return;
        }
        if (!commitments.equals(current.value().commitments())) {
            commitments.setAll(current.value().commitments());
        }
        TransferFigures f = current.figures();
        committed.set(DanishFormat.kroner(f.committed()));
        pending.set(DanishFormat.kroner(f.pending()));
        planned.set(DanishFormat.kroner(f.planned()));
        uncommitted.set(DanishFormat.kroner(f.uncommitted()));
        exceeds.set(f.commitmentsExceedAmount());
        exceedWarning.set(f.commitmentsExceedAmount()
                ? Texts.get("ui.commitments.exceed", DanishFormat.kroner(f.bound()), DanishFormat.kroner(f.amount()),
                        DanishFormat.kroner(f.bound().minus(f.amount())))
                : "");
    }

    /** Adds the commitment of the form; false (with a message) when the form is not valid. */
    public boolean add() {
        String amountProblem = TransferEditorViewModel.amountMessage(newAmount.get());
        if (amountProblem != null) {
            message.set(amountProblem);
            return false;
        }
        boolean ok = change(list -> {
            list.add(new Commitment(newParty.get(), newDescription.get(), DanishFormat.parseAmount(newAmount.get()),
                    newStatus.get() == null ? CommitmentStatus.SIGNED : newStatus.get()));
            return list;
        });
        if (ok) {
            newParty.set("");
            newDescription.set("");
            newAmount.set("");
        }
        return ok;
    }

    public boolean remove(int index) {
        invalidAmounts.clear();
        return change(list -> {
            list.remove(index);
            return list;
        });
    }

    public boolean setParty(int index, String party) {
        return replace(index, c -> new Commitment(party, c.description(), c.amount(), c.status()));
    }

    public boolean setDescription(int index, String description) {
        return replace(index, c -> new Commitment(c.party(), description, c.amount(), c.status()));
    }

    /** Sets the amount from Danish text ({@code 1.234,5}); false with a message when invalid. */
    public boolean setAmount(int index, String text) {
        String problem = TransferEditorViewModel.amountMessage(text);
        if (problem != null) {
            message.set(problem);
            return false;
        }
        Money amount = DanishFormat.parseAmount(text);
        return replace(index, c -> new Commitment(c.party(), c.description(), amount, c.status()));
    }

    public boolean setStatus(int index, CommitmentStatus status) {
        return replace(index, c -> new Commitment(c.party(), c.description(), c.amount(), status));
    }

    private boolean replace(int index, UnaryOperator<Commitment> edit) {
        return change(list -> {
            list.set(index, edit.apply(list.get(index)));
            return list;
        });
    }

    private boolean change(UnaryOperator<List<Commitment>> edit) {
        TransferItem current = target();
        if (current == null) {
            return false;
        }
        try {
            List<Commitment> list = edit.apply(new ArrayList<>(current.value().commitments()));
            workspace.changeTransfer(current, current.value().withCommitments(list));
            workspace.saveDirty();
            message.set("");
            return true;
        } catch (DomainException | IndexOutOfBoundsException e) {
            message.set(e instanceof DomainException d ? d.detail() : e.getMessage());
            refresh();
            return false;
        }
    }

    public ObjectProperty<TransferItem> itemProperty() {
        return item;
    }

    public ObservableList<Commitment> commitments() {
        return commitmentsView;
    }

    public StringProperty newPartyProperty() {
        return newParty;
    }

    public StringProperty newDescriptionProperty() {
        return newDescription;
    }

    public StringProperty newAmountProperty() {
        return newAmount;
    }

    public ObjectProperty<CommitmentStatus> newStatusProperty() {
        return newStatus;
    }

    /** The last problem (Danish), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty committedProperty() {
        return committed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty uncommittedProperty() {
        return uncommitted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exceedWarningProperty() {
        return exceedWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exceedsProperty() {
        return exceeds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }
}
