package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.UnderspendLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The round's details (administration, committee, years, early decision date) and its
 * underspend lines with their net sum. The fields are checked while typed but applied only when
 * finished ({@link #commit()}: Enter, leaving the field, closing the window) and only when valid as a
 * whole: one undo step each (decision 0110). A date that does not exist is an error, never corrected.
 */
public final class RoundDetailsViewModel {

    private final Workspace workspace;
    private final StringProperty administration = new SimpleStringProperty("");
    private final StringProperty committee = new SimpleStringProperty("");
    private final StringProperty accountsYear = new SimpleStringProperty("");
    private final StringProperty budgetYear = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> earlyDecisionDate = new SimpleObjectProperty<>();
    private final ObservableList<UnderspendLine> lines = FXCollections.observableArrayList();
    private final ObservableList<UnderspendLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final StringProperty newLineText = new SimpleStringProperty("");
    private final StringProperty newLineAmount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper netSum = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The early decision date's text when it is not a date (31.02.2008), else null. */
    private String badDate;
    private String typedDate;
    private static final java.time.format.DateTimeFormatter STRICT_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private final javafx.beans.property.ReadOnlyBooleanWrapper invalid = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private boolean loading;
    private Round lastApplied;
    /** Underspend amount cells left with an invalid text, by row: shown red, not stored (decision 0113). */
    private final javafx.collections.ObservableMap<Integer, String> invalidLineAmounts = javafx.collections.FXCollections.observableHashMap();
    private final javafx.beans.binding.BooleanBinding anyInvalid =
            invalid.getReadOnlyProperty().or(javafx.beans.binding.Bindings.isNotEmpty(invalidLineAmounts));
    /** Ends a cell edit in the view (its typed text is handed on); set by the view. */
    private Runnable finishEditing = () -> { };

    public RoundDetailsViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.roundProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(lastApplied)) {
                load(b);
            }
        });
        ChangeListener<Object> typed = (o, a, b) -> {
            if (!loading) {
                check();
            }
        };
        administration.addListener(typed);
        committee.addListener(typed);
        accountsYear.addListener(typed);
        budgetYear.addListener(typed);
        // a date is finished when chosen or typed and confirmed
        earlyDecisionDate.addListener((o, a, b) -> {
            if (!loading) {
                badDate = null;
                commit();
            }
        });
        if (workspace.roundProperty().get() != null) {
            load(workspace.roundProperty().get());
        }
    }

    private void load(Round r) {
        loading = true;
        try {
            lastApplied = r;
            administration.set(r.administration());
            committee.set(r.committee());
            accountsYear.set(String.valueOf(r.accountsYear()));
            budgetYear.set(String.valueOf(r.budgetYear()));
            earlyDecisionDate.set(r.earlyDecisionDate());
            lines.setAll(r.underspendLines());
            invalidLineAmounts.clear();
            netSum.set(Texts.get("ui.round.netSum", DanishFormat.kroner(r.netUnderspend()), DanishFormat.millions(r.netUnderspend())));
            badDate = null;
            setMessage("");
        } finally {
            loading = false;
        }
    }

    private void setMessage(String text) {
        message.set(text);
        invalid.set(!text.isEmpty());
    }

    /** The round the fields describe, or a DomainException with the Danish message of what is wrong. */
    private Round typed(Round current) {
        if (badDate != null) {
            throw new DomainException(Texts.get("ui.round.dateInvalid", badDate));
        }
        int accounts = year(accountsYear.get());
        int budget = year(budgetYear.get());
        return new Round(administration.get(), committee.get(), accounts, budget, earlyDecisionDate.get(),
                current.underspendLines());
    }

    /** While typing: the message only, nothing applied. */
    private void check() {
        Round current = workspace.roundProperty().get();
        if (current == null) {
            return;
        }
        try {
            typed(current);
            setMessage("");
        } catch (DomainException e) {
            setMessage(e.detail());
        }
    }

    /** A field is finished: applied and saved (one undo step) when the details are valid; else the message stays. */
    public void commit() {
        Round current = workspace.roundProperty().get();
        if (current == null || loading) {
            return;
        }
        try {
            Round next = typed(current);
            if (!next.equals(current)) {
                commit(next);
                workspace.saveDirty();
            }
            setMessage("");
        } catch (DomainException e) {
            setMessage(e.detail());
        }
    }

    /** Closing the window: the date text typed without Enter counts too (when it is a date), then {@link #commit()}. */
    public void commitAll() {
        finishEditing.run();
        String typed = typedDate;
        typedDate = null;
        if (typed != null && !typed.strip().equals(earlyDecisionDate.get() == null ? "" : DanishFormat.date(earlyDecisionDate.get()))) {
            try {
                LocalDate d = parseDate(typed);
                badDate = null;
                loading = true;
                try {
                    earlyDecisionDate.set(d);
                } finally {
                    loading = false;
                }
            } catch (java.time.format.DateTimeParseException e) {
                badDate = typed.strip();
            }
        }
        commit();
    }

    /** The date field's text as typed (the view reports every change; used when the window closes). */
    public void dateTyped(String text) {
        typedDate = text;
    }

    /** A date as the user types it (d.m.åååå), strictly: 31.02.2008 is an error, never 29.02.2008; blank is none. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return LocalDate.parse(text.strip(), STRICT_DATE);
    }

    /** The date field's text is not a date (the view found it with a strict parse): an error, not corrected. */
    public void dateNotValid(String text) {
        badDate = text == null ? "" : text.strip();
        setMessage(Texts.get("ui.round.dateInvalid", badDate));
    }

    /** The date field's text is a date again (or empty). */
    public void dateValid() {
        if (badDate != null) {
            badDate = null;
            check();
        }
    }

    /** Esc: the fields show the round's finished values again. */
    public void revert() {
        Round current = workspace.roundProperty().get();
        if (current != null) {
            load(current);
        }
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(Texts.get("ui.round.yearInvalid", text == null ? "" : text.strip()));
        }
    }

    private void commit(Round next) {
        lastApplied = next;
        workspace.changeRound(next);
        if (!lines.equals(next.underspendLines())) {
            lines.setAll(next.underspendLines());
        }
        netSum.set(Texts.get("ui.round.netSum", DanishFormat.kroner(next.netUnderspend()), DanishFormat.millions(next.netUnderspend())));
    }

    /** Adds the line of the form; false with a message when invalid. Saved at once. */
    public boolean addLine() {
        return changeLines(list -> {
            list.add(new UnderspendLine(newLineText.get(), parse(newLineAmount.get())));
            return list;
        }, () -> {
            newLineText.set("");
            newLineAmount.set("");
        });
    }

    public boolean removeLine(int index) {
        invalidLineAmounts.clear();
        return changeLines(list -> {
            list.remove(index);
            return list;
        }, () -> { });
    }

    public boolean setLineText(int index, String text) {
        return changeLines(list -> {
            list.set(index, new UnderspendLine(text, list.get(index).amount()));
            return list;
        }, () -> { });
    }

    /**
     * A line's amount cell is left with {@code text} (null: Esc): a valid amount is stored (one undo step),
     * an invalid one stays shown with its message and is not stored.
     */
    public void finishLineAmount(int row, String text) {
        if (text == null) {
            invalidLineAmounts.remove(row);
            message.set("");
            return;
        }
        try {
            Money amount = parse(text);
            invalidLineAmounts.remove(row);
            Round current = workspace.roundProperty().get();
            if (current != null && row < current.underspendLines().size()
                    && amount.equals(current.underspendLines().get(row).amount())) {
                message.set("");
                return;
            }
            setLineAmount(row, text);
        } catch (DomainException e) {
            invalidLineAmounts.put(row, text);
            message.set(Texts.get("ui.round.lineInvalid", row + 1, e.detail()));
        }
    }

    /** The unsaved invalid text of a line's amount, or null. */
    public String invalidLineAmount(int row) {
        return invalidLineAmounts.get(row);
    }

    /** Drops the unsaved invalid texts of the details and the lines (closing the window after "Kassér"). */
    public void discardInvalid() {
        invalidLineAmounts.clear();
        Round r = workspace.roundProperty().get();
        if (r != null) {
            load(r);
        }
    }

    public void setFinishEditing(Runnable finishEditing) {
        this.finishEditing = finishEditing;
    }

    /** Sets a line's amount from Danish text; negative for an overspend. */
    public boolean setLineAmount(int index, String text) {
        return changeLines(list -> {
            list.set(index, new UnderspendLine(list.get(index).text(), parse(text)));
            return list;
        }, () -> { });
    }

    private static Money parse(String text) {
        try {
            return DanishFormat.parseAmount(text);
        } catch (DanishFormat.AmountFormatException e) {
            throw new DomainException(e.getMessage());
        }
    }

    private boolean changeLines(UnaryOperator<List<UnderspendLine>> edit, Runnable after) {
        Round current = workspace.roundProperty().get();
        if (current == null) {
            return false;
        }
        try {
            List<UnderspendLine> list = edit.apply(new ArrayList<>(current.underspendLines()));
            commit(current.withUnderspendLines(list));
            workspace.saveDirty();
            after.run();
            check();
            return true;
        } catch (DomainException | IndexOutOfBoundsException e) {
            message.set(e instanceof DomainException d ? d.detail() : e.getMessage());
            lines.setAll(current.underspendLines());
            return false;
        }
    }

    /** Writes what is pending (the view calls this after typing stops or on focus loss). */
    public void save() {
        workspace.saveDirty();
    }

    public StringProperty administrationProperty() {
        return administration;
    }

    public StringProperty committeeProperty() {
        return committee;
    }

    public StringProperty accountsYearProperty() {
        return accountsYear;
    }

    public StringProperty budgetYearProperty() {
        return budgetYear;
    }

    public ObjectProperty<LocalDate> earlyDecisionDateProperty() {
        return earlyDecisionDate;
    }

    public ObservableList<UnderspendLine> lines() {
        return linesView;
    }

    public StringProperty newLineTextProperty() {
        return newLineText;
    }

    public StringProperty newLineAmountProperty() {
        return newLineAmount;
    }

    public ReadOnlyStringProperty netSumProperty() {
        return netSum.getReadOnlyProperty();
    }

    /** True while a detail field or an underspend amount cell holds an invalid value that is not stored. */
    public javafx.beans.binding.BooleanBinding invalidProperty() {
        return anyInvalid;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
