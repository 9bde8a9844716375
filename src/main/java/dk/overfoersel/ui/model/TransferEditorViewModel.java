package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.TextBlocks;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.rule.TransferRules;
import dk.overfoersel.domain.rule.Violation;
import dk.overfoersel.domain.rule.Violations;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/**
 * The editor of the selected transfer. Two kinds of field (decision 0110):
 * <ul>
 * <li><b>finished values</b> (number, amount, early part): checked while typed (message at once, a valid
 *     amount previewed in the ceiling bar), but applied and saved only when finished - Enter, leaving the
 *     field, leaving the transfer, closing the window ({@link #commit(Field)}, {@link #commitAll()}) - and
 *     only when valid as a whole: one undo step each. An invalid text stays in the field with its message;
 *     the transfer keeps its last finished value.</li>
 * <li><b>texts</b> (title and the three long texts): applied while typed, saved when typing pauses; one undo
 *     step per visit to the field ({@link #beginVisit()}, {@link #endVisit()}). A blank title is not applied.</li>
 * </ul>
 * The schedule is a choice and is finished when chosen.
 */
public final class TransferEditorViewModel {

    /** The fields whose value is applied only when finished. */
    public enum Field { NUMBER, AMOUNT, EARLY }

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
    private final ReadOnlyObjectWrapper<Field> focusRequest = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding invalid;

    private boolean loading;
    /** A text field of the transfer has the focus (one visit, one undo step). */
    private boolean visiting;
    private Transfer lastApplied;
    /** Going back to a transfer to fix its invalid field: these texts are put back into the fields. */
    private Pending returning;
    private Consumer<TransferItem> reselect = i -> { };
    private final ChangeListener<Transfer> outsideChange = (o, a, b) -> {
        if (!loading && b != null && !b.equals(lastApplied)) {
            load(b);
        }
    };

    private record Pending(TransferItem item, String number, String title, String amount, String early) {
    }

    public TransferEditorViewModel(Workspace workspace) {
        this.workspace = workspace;
        invalid = Bindings.createBooleanBinding(() -> numberError.get() != null || titleError.get() != null
                || amountError.get() != null || earlyError.get() != null, numberError, titleError, amountError, earlyError);
        item.addListener((o, old, now) -> switchTo(old, now));
        number.addListener((o, a, b) -> {
            if (!loading) {
                numberError.set(numberMessage(b, item.get()));
            }
        });
        amount.addListener((o, a, b) -> typedAmounts());
        early.addListener((o, a, b) -> typedAmounts());
        schedule.addListener((o, a, b) -> {
            if (!loading && b != null) {
                applyText(t -> new Transfer(t.number(), t.title(), b, t.amount(), t.earlyApproved(), t.background(),
                        t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts()));
                workspace.saveDirty();
            }
        });
        title.addListener((o, a, b) -> {
            if (loading) {
                return;
            }
            String problem = Violation.firstSentence(TransferRules.check(null, b == null ? "" : b, null, null, null,
                    null, null, null, null));
            titleError.set(problem);
            if (problem == null) {
                titleError.set(null);
                applyText(t -> new Transfer(t.number(), b, t.schedule(), t.amount(), t.earlyApproved(), t.background(),
                        t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts()));
            }
        });
        background.addListener((o, a, b) -> {
            backgroundWords.set(words(b));
            if (!loading) {
                applyText(t -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(), b,
                        t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts()));
            }
        });
        consequences.addListener((o, a, b) -> {
            consequencesWords.set(words(b));
            if (!loading) {
                applyText(t -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(),
                        t.background(), b, t.recommendation(), t.commitments(), t.images(), t.checkedAmounts()));
            }
        });
        recommendation.addListener((o, a, b) -> {
            recommendationWords.set(words(b));
            if (!loading) {
                applyText(t -> new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(),
                        t.background(), t.consequences(), b, t.commitments(), t.images(), t.checkedAmounts()));
            }
        });
        workspace.setUnfinishedEdits(this::holdsUnfinished);
        heading.set(Texts.get("ui.editor.none"));
        backgroundWords.set(words(""));
        consequencesWords.set(words(""));
        recommendationWords.set(words(""));
    }

    /**
     * True when the editor shows this transfer with a value typed but not finished, or invalid (number,
     * amounts): another user's change must not replace it (issue 9).
     */
    boolean holdsUnfinished(TransferItem candidate) {
        if (candidate == null || candidate != item.get()) {
            return false;
        }
        if (invalid.get() || visiting) {
            return true; // an invalid value, or a text field being typed in
        }
        Transfer t = candidate.value();
        return !number.get().strip().equals(String.valueOf(t.number()))
                || !sameAmount(amount.get(), t.amount()) || !sameAmount(early.get(), t.earlyApproved());
    }

    private static boolean sameAmount(String typed, Money value) {
        try {
            return DanishFormat.parseAmount(typed).equals(value);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * How to select a transfer again (the main view model sets this; it runs after the current
     * selection change): used when the user chooses to go back and fix an invalid field.
     */
    public void setReselect(Consumer<TransferItem> reselect) {
        this.reselect = reselect;
    }

    // ---- switching transfers ------------------------------------------------------------------

    private void switchTo(TransferItem old, TransferItem now) {
        if (old != null) {
            old.valueProperty().removeListener(outsideChange);
            if (returning == null || returning.item() != now) {
                leave(old);
            }
        }
        workspace.saveDirty();
        workspace.clearPreview();
        if (now != null) {
            now.valueProperty().addListener(outsideChange);
            load(now.value());
            if (returning != null && returning.item() == now) {
                Pending p = returning;
                returning = null;
                number.set(p.number());
                title.set(p.title());
                amount.set(p.amount());
                early.set(p.early());
                focusRequest.set(null);
                focusRequest.set(firstInvalid());
            }
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
    }

    /** Leaving a transfer: its finished values are applied; an invalid one is fixed (go back) or discarded. */
    private void leave(TransferItem old) {
        if (!workspace.transfers().contains(old)) {
            return;
        }
        commitAllOf(old);
        if (!invalid.get()) {
            return;
        }
        Pending pending = new Pending(old, number.get(), title.get(), amount.get(), early.get());
        String field = Texts.get(switch (firstInvalidOrTitle()) {
            case "number" -> "ui.editor.number";
            case "amount" -> "ui.editor.amount";
            case "early" -> "ui.editor.early";
            default -> "ui.editor.title";
        });
        if (workspace.dialogs().fixInvalid(Texts.get("ui.editor.invalidOnLeave", field,
                String.valueOf(old.value().number()), old.value().title()))) {
            returning = pending;
            reselect.accept(old);
        }
    }

    private String firstInvalidOrTitle() {
        Field f = firstInvalid();
        return f == null ? "title" : f.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Field firstInvalid() {
        if (numberError.get() != null) {
            return Field.NUMBER;
        }
        if (amountError.get() != null) {
            return Field.AMOUNT;
        }
        if (earlyError.get() != null) {
            return Field.EARLY;
        }
        return null;
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

    // ---- texts: applied while typed -----------------------------------------------------------

    private void applyText(java.util.function.UnaryOperator<Transfer> edit) {
        TransferItem current = item.get();
        if (current == null) {
            return;
        }
        try {
            Transfer next = edit.apply(current.value());
            lastApplied = next;
            workspace.changeTransfer(current, next);
            refreshMarkers(next);
        } catch (DomainException e) {
            titleError.set(e.detail());
        }
    }

    /** A text field gets the focus: what is typed until it loses it is one undo step. */
    public void beginVisit() {
        visiting = true;
        workspace.beginVisit();
    }

    /** A text field loses the focus: saves and ends the undo step. */
    public void endVisit() {
        visiting = false;
        workspace.endVisit();
    }

    // ---- finished values: checked while typed, applied when finished --------------------------

    /** While an amount is typed: its message at once, and a valid one previewed in the ceiling bar. */
    private void typedAmounts() {
        TransferItem current = item.get();
        if (loading || current == null) {
            return;
        }
        Transfer t = current.value();
        Money a = t.amount();
        Money e = t.earlyApproved();
        String amountProblem = amountMessage(amount.get());
        String earlyProblem = amountMessage(early.get());
        if (amountProblem == null) {
            a = DanishFormat.parseAmount(amount.get());
        }
        if (earlyProblem == null) {
            e = DanishFormat.parseAmount(early.get());
        }
        if (amountProblem == null && earlyProblem == null && e.greaterThan(a)) {
            String m = earlyRule(a, e);
            if (!e.equals(t.earlyApproved())) {
                earlyProblem = m;
            } else {
                amountProblem = m;
            }
        }
        amountError.set(amountProblem);
        earlyError.set(earlyProblem);
        workspace.preview(current, amountProblem == null && earlyProblem == null ? t.withAmounts(a, e) : null);
    }

    /** The field is finished (Enter or leaving it): its value is applied and saved when valid as a whole. */
    public void commit(Field field) {
        TransferItem current = item.get();
        if (current == null || loading) {
            return;
        }
        Transfer t = current.value();
        Transfer next = switch (field) {
            case NUMBER -> numberMessage(number.get(), current) == null
                    ? t.withNumber(Integer.parseInt(number.get().strip())) : null;
            case AMOUNT -> amountMessage(amount.get()) == null
                    && !DanishFormat.parseAmount(amount.get()).equals(t.amount())
                    && !t.earlyApproved().greaterThan(DanishFormat.parseAmount(amount.get()))
                    ? t.withAmounts(DanishFormat.parseAmount(amount.get()), t.earlyApproved()) : null;
            case EARLY -> amountMessage(early.get()) == null
                    && !DanishFormat.parseAmount(early.get()).equals(t.earlyApproved())
                    && !DanishFormat.parseAmount(early.get()).greaterThan(t.amount())
                    ? t.withAmounts(t.amount(), DanishFormat.parseAmount(early.get())) : null;
        };
        if (next != null && !next.equals(t)) {
            lastApplied = next;
            workspace.clearPreview();
            workspace.changeTransfer(current, next);
            workspace.saveDirty();
            refreshMarkers(next);
        }
        // a valid field shows its value as stored ("3.000.000" becomes "3.000.000,00"); an invalid one keeps its text
        Transfer shown = current.value();
        loading = true;
        try {
            switch (field) {
                case NUMBER -> {
                    if (numberMessage(number.get(), current) == null) {
                        number.set(String.valueOf(shown.number()));
                    }
                }
                case AMOUNT -> {
                    if (amountMessage(amount.get()) == null && shown.amount().equals(DanishFormat.parseAmount(amount.get()))) {
                        amount.set(DanishFormat.amount(shown.amount()));
                    }
                }
                case EARLY -> {
                    if (amountMessage(early.get()) == null
                            && shown.earlyApproved().equals(DanishFormat.parseAmount(early.get()))) {
                        early.set(DanishFormat.amount(shown.earlyApproved()));
                    }
                }
            }
        } finally {
            loading = false;
        }
        if (field == Field.NUMBER) {
            numberError.set(numberMessage(number.get(), current));
        } else {
            typedAmounts();
        }
    }

    /** Esc: the field shows its last finished value again. */
    public void revert(Field field) {
        TransferItem current = item.get();
        if (current == null) {
            return;
        }
        Transfer t = current.value();
        switch (field) {
            case NUMBER -> number.set(String.valueOf(t.number()));
            case AMOUNT -> amount.set(DanishFormat.amount(t.amount()));
            case EARLY -> early.set(DanishFormat.amount(t.earlyApproved()));
        }
    }

    /** Puts the finished values back into number and amount fields holding other text; true if there was any. */
    public boolean revertUnfinished() {
        TransferItem current = item.get();
        if (current == null) {
            return false;
        }
        Transfer t = current.value();
        boolean unfinished = !String.valueOf(t.number()).equals(number.get())
                || !DanishFormat.amount(t.amount()).equals(amount.get())
                || !DanishFormat.amount(t.earlyApproved()).equals(early.get());
        if (unfinished) {
            revert(Field.NUMBER);
            revert(Field.AMOUNT);
            revert(Field.EARLY);
            workspace.clearPreview();
        }
        return unfinished;
    }

    /** Finishes every field (window closing, leaving the transfer): valid values are applied, invalid ones not. */
    public void commitAll() {
        if (item.get() != null) {
            commitAllOf(item.get());
        }
        workspace.saveDirty();
    }

    private void commitAllOf(TransferItem target) {
        if (item.get() == target) {
            commit(Field.NUMBER);
            commit(Field.AMOUNT);
            commit(Field.EARLY);
        } else {
            // the listener runs after the selection has moved on: finish the fields against the old transfer
            commitDetached(target);
        }
        workspace.clearPreview();
    }

    /** The item property already points elsewhere: apply the fields' valid values to {@code target}. */
    private void commitDetached(TransferItem target) {
        Transfer t = target.value();
        Transfer next = t;
        if (numberMessage(number.get(), target) == null) {
            next = next.withNumber(Integer.parseInt(number.get().strip()));
        } else {
            numberError.set(numberMessage(number.get(), target));
        }
        String a = amountMessage(amount.get());
        String e = amountMessage(early.get());
        Money newAmount = a == null ? DanishFormat.parseAmount(amount.get()) : t.amount();
        Money newEarly = e == null ? DanishFormat.parseAmount(early.get()) : t.earlyApproved();
        if (newEarly.greaterThan(newAmount)) {
            // the pair does not fit: the one that changed is the invalid one
            if (!newEarly.equals(t.earlyApproved())) {
                newEarly = t.earlyApproved();
                e = earlyRule(newAmount, DanishFormat.parseAmount(early.get()));
            }
            if (newEarly.greaterThan(newAmount)) {
                newAmount = t.amount();
                a = earlyRule(DanishFormat.parseAmount(amount.get()), newEarly);
            }
        }
        amountError.set(a);
        earlyError.set(e);
        next = next.withAmounts(newAmount, newEarly);
        if (!next.equals(t)) {
            workspace.changeTransfer(target, next);
            workspace.saveDirty();
        }
    }

    private void refreshMarkers(Transfer t) {
        missingConsequences.set(t.isSkema3() && t.consequences().isBlank());
        heading.set(Texts.get("ui.editor.heading", String.valueOf(t.number()), t.title()));
    }

    /**
     * The message for an amount text, or null when it is a valid amount: the text is read the Danish way
     * here, the rules (not negative, not too large) are the domain's ({@link TransferRules}).
     */
    public static String amountMessage(String text) {
        Money m;
        try {
            m = DanishFormat.parseAmount(text);
        } catch (DanishFormat.AmountFormatException ex) {
            return ex.getMessage();
        }
        Violations v = new Violations();
        TransferRules.amounts(v, m, null);
        return firstMessage(v.list());
    }

    /** The domain's rule that the early part is not above the amount; its message, or null. */
    private static String earlyRule(Money amount, Money early) {
        Violations v = new Violations();
        TransferRules.amounts(v, amount, early);
        return firstMessage(v.list());
    }

    /** A violation's text as a sentence beside the field. */
    private static String firstMessage(List<Violation> violations) {
        if (violations.isEmpty()) {
            return null;
        }
        String m = violations.get(0).message();
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : ".");
    }

    /** The message for a number text, or null when it is a free positive whole number (naming the holder if taken). */
    public String numberMessage(String text, TransferItem except) {
        int n;
        try {
            n = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException ex) {
            return Texts.get("ui.editor.numberInvalid");
        }
        Violations rules = new Violations();
        TransferRules.number(rules, n);
        if (!rules.isEmpty()) {
            return firstMessage(rules.list());
        }
        TransferItem holder = workspace.holderOf(n, except);
        if (holder != null) {
            return Texts.get("ui.editor.numberTaken", String.valueOf(n), holder.value().title());
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

    /** True while a field holds a text that is not valid (and so not stored). */
    public BooleanBinding invalidProperty() {
        return invalid;
    }

    /** The field the view should put the focus in (after going back to fix it). */
    public ReadOnlyObjectProperty<Field> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** Writes what is pending (the view calls this after typing stops or on focus loss). */
    public void save() {
        workspace.saveDirty();
    }
}
