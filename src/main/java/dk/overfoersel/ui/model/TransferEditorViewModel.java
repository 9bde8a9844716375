package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.TextBlocks;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/**
 * The editor of the selected transfer. The view binds its fields to the text properties here;
 * every change is parsed at once: a valid field goes into the transfer (and the ceiling bar)
 * immediately, an invalid one gets a Danish message and is neither applied nor saved.
 * Saving is the view's debounce calling {@link Workspace#saveDirty()}.
 */
public final class TransferEditorViewModel {

    private final Workspace workspace;
    private final ObjectProperty<TransferItem> item = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Integer> schedule = new SimpleObjectProperty<>(Transfer.SCHEDULE_OPTIONAL);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty early = new SimpleStringProperty("");
    private final StringProperty background = new SimpleStringProperty("");
    private final StringProperty consequences = new SimpleStringProperty("");
    private final StringProperty recommendation = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper numberError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper earlyError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper backgroundWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper consequencesWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recommendationWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper missingConsequences = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");

    private boolean loading;
    private Transfer lastApplied;
    private final ChangeListener<Transfer> outsideChange = (o, a, b) -> {
        if (!loading && b != null && !b.equals(lastApplied)) {
            load(b);
        }
    };

    public TransferEditorViewModel(Workspace workspace) {
        this.workspace = workspace;
        item.addListener((o, old, now) -> {
            if (old != null) {
                old.valueProperty().removeListener(outsideChange);
            }
            workspace.saveDirty();
            if (now != null) {
                now.valueProperty().addListener(outsideChange);
                load(now.value());
            } else {
                loading = true;
                number.set("");
                title.set("");
                amount.set("");
                early.set("");
                background.set("");
                consequences.set("");
                recommendation.set("");
                loading = false;
                clearErrors();
                heading.set(Texts.get("ui.editor.none"));
            }
            editable.set(now != null);
        });
        ChangeListener<Object> edited = (o, a, b) -> {
            if (!loading) {
                apply();
            }
        };
        for (var p : new javafx.beans.value.ObservableValue<?>[] {number, title, schedule, amount, early,
                background, consequences, recommendation}) {
            p.addListener(edited);
        }
        background.addListener((o, a, b) -> backgroundWords.set(words(b)));
        consequences.addListener((o, a, b) -> consequencesWords.set(words(b)));
        recommendation.addListener((o, a, b) -> recommendationWords.set(words(b)));
        heading.set(Texts.get("ui.editor.none"));
        backgroundWords.set(words(""));
        consequencesWords.set(words(""));
        recommendationWords.set(words(""));
    }

    private static String words(String text) {
        return Texts.get("ui.editor.words", TextBlocks.wordCount(text));
    }

    private void load(Transfer t) {
        loading = true;
        try {
            lastApplied = t;
            number.set(String.valueOf(t.number()));
            title.set(t.title());
            schedule.set(t.schedule());
            amount.set(DanishFormat.amount(t.amount()));
            early.set(DanishFormat.amount(t.earlyApproved()));
            background.set(t.background());
            consequences.set(t.consequences());
            recommendation.set(t.recommendation());
        } finally {
            loading = false;
        }
        clearErrors();
        refreshMarkers(t);
    }

    private void clearErrors() {
        numberError.set(null);
        titleError.set(null);
        amountError.set(null);
        earlyError.set(null);
    }

    /** Applies every valid field to the transfer; invalid fields get a message and keep the old value. */
    private void apply() {
        TransferItem current = item.get();
        if (current == null) {
            return;
        }
        Transfer t = current.value();
        int newNumber = t.number();
        String n = numberMessage(number.get(), current);
        numberError.set(n);
        if (n == null) {
            newNumber = Integer.parseInt(number.get().strip());
        }
        String newTitle = t.title();
        if (title.get() == null || title.get().isBlank()) {
            titleError.set(Texts.get("ui.editor.titleMissing"));
        } else {
            titleError.set(null);
            newTitle = title.get();
        }
        Money newAmount = t.amount();
        String a = amountMessage(amount.get());
        if (a == null) {
            newAmount = DanishFormat.parseAmount(amount.get());
        }
        Money newEarly = t.earlyApproved();
        String e = amountMessage(early.get());
        if (e == null) {
            newEarly = DanishFormat.parseAmount(early.get());
        }
        if (e == null && newEarly.greaterThan(newAmount)) {
            e = Texts.get("ui.editor.earlyAboveAmount", DanishFormat.kroner(newEarly), DanishFormat.kroner(newAmount));
            newAmount = t.amount();
            newEarly = t.earlyApproved();
        }
        amountError.set(a);
        earlyError.set(e);
        int newSchedule = schedule.get() == null ? t.schedule() : schedule.get();
        try {
            Transfer next = new Transfer(newNumber, newTitle, newSchedule, newAmount, newEarly,
                    background.get(), consequences.get(), recommendation.get(), t.commitments(), t.images(), t.checkedAmounts());
            lastApplied = next;
            workspace.changeTransfer(current, next);
            refreshMarkers(next);
        } catch (DomainException ex) {
            // the remaining combination is invalid (e.g. an older early part above a new amount): keep the old
            if (a == null && e == null) {
                earlyError.set(ex.getMessage());
            }
        }
    }

    private void refreshMarkers(Transfer t) {
        missingConsequences.set(t.isSkema3() && t.consequences().isBlank());
        heading.set(Texts.get("ui.editor.heading", String.valueOf(t.number()), t.title()));
    }

    /** The message for an amount text, or null when it is a valid, non-negative amount. */
    public static String amountMessage(String text) {
        try {
            Money m = DanishFormat.parseAmount(text);
            return m.isNegative() ? Texts.get("ui.editor.negative") : null;
        } catch (DanishFormat.AmountFormatException ex) {
            return ex.getMessage();
        }
    }

    /** The message for a number text, or null when it is a free positive whole number. */
    public String numberMessage(String text, TransferItem except) {
        int n;
        try {
            n = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException ex) {
            return Texts.get("ui.editor.numberInvalid");
        }
        if (n <= 0) {
            return Texts.get("ui.editor.numberInvalid");
        }
        if (workspace.numberTaken(n, except)) {
            return Texts.get("ui.editor.numberTaken", String.valueOf(n));
        }
        return null;
    }

    public ObjectProperty<TransferItem> itemProperty() {
        return item;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Integer> scheduleProperty() {
        return schedule;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty earlyProperty() {
        return early;
    }

    public StringProperty backgroundProperty() {
        return background;
    }

    public StringProperty consequencesProperty() {
        return consequences;
    }

    public StringProperty recommendationProperty() {
        return recommendation;
    }

    public ReadOnlyStringProperty numberErrorProperty() {
        return numberError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty earlyErrorProperty() {
        return earlyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backgroundWordsProperty() {
        return backgroundWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty consequencesWordsProperty() {
        return consequencesWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recommendationWordsProperty() {
        return recommendationWords.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty missingConsequencesProperty() {
        return missingConsequences.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Writes what is pending (the view calls this after typing stops or on focus loss). */
    public void save() {
        workspace.saveDirty();
    }
}
