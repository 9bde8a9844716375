package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.conflict.Conflict;
import dk.overfoersel.service.conflict.FieldConflict;
import dk.overfoersel.service.conflict.FieldConflict.Choice;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflict dialog: another user stored a newer version of what the user was editing. Each
 * differing field shows my value, theirs, and who stored theirs and when; the user keeps mine or takes
 * theirs per field (or for all). A field only one side changed starts with that side chosen; a field
 * both changed starts without a choice, and nothing is stored until every field has one. "Gem valget"
 * stores the result on top of theirs (the workspace does, as one undo step); until then nothing of
 * either side is discarded.
 */
public final class ConflictViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** One differing field and the user's choice. */
    public static final class Row {
        private final FieldConflict field;
        private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();

        Row(FieldConflict field) {
            this.field = field;
            choice.set(field.proposed());
        }

        public FieldConflict field() {
            return field;
        }

        public String label() {
            return field.label();
        }

        public String mine() {
            return field.mine();
        }

        public String theirs() {
            return field.theirs();
        }

        /** "mette, 23.11.2026 19:45", or a dash when the audit trail does not say. */
        public String changedBy() {
            if (field.changedBy() == null) {
                return Texts.get("conflict.unknownAuthor");
            }
            return Texts.get("conflict.author", field.changedBy(),
                    TIME.format(field.changedAt().atZoneSameInstant(ZoneId.systemDefault())));
        }

        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }
    }

    /** Stores the merged value (the workspace's job); calls {@link #finished()} or {@link #failed(String)}. */
    private interface Store {
        void store(Map<FieldConflict, Choice> choices);
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding complete;
    private final Store store;

    private ConflictViewModel(String subject, List<FieldConflict> fields, Store store) {
        this.store = store;
        for (FieldConflict f : fields) {
            rows.add(new Row(f));
        }
        title.set(Texts.get("conflict.title", subject));
        intro.set(Texts.get("conflict.intro", subject));
        complete = Bindings.createBooleanBinding(() -> rows.stream().allMatch(r -> r.choice.get() != null),
                rows.stream().map(r -> r.choice).toArray(javafx.beans.Observable[]::new));
    }

    /**
     * A dialog for a conflict; {@code merged} receives the value built from the choices (on the FX thread)
     * and must end with {@link #finished()} or {@link #failed(String)}.
     */
    public static <T> ConflictViewModel of(String subject, Conflict<T> conflict, Consumer<T> merged) {
        ConflictViewModel[] self = new ConflictViewModel[1];
        self[0] = new ConflictViewModel(subject, conflict.fields(), choices -> {
            T value;
            try {
                value = conflict.merge(choices);
            } catch (DomainException e) {
                self[0].failed(Texts.get("conflict.breaksRule", e.getMessage()));
                return;
            }
            merged.accept(value);
        });
        return self[0];
    }

    public void keepMine(Row row) {
        row.choice.set(Choice.MINE);
    }

    public void takeTheirs(Row row) {
        row.choice.set(Choice.THEIRS);
    }

    public void keepAllMine() {
        rows.forEach(r -> r.choice.set(Choice.MINE));
    }

    public void takeAllTheirs() {
        rows.forEach(r -> r.choice.set(Choice.THEIRS));
    }

    /** Stores the choice; refused (with a message) while a field has none. */
    public void apply() {
        if (!complete.get()) {
            message.set(Texts.get("conflict.chooseAll"));
            return;
        }
        if (busy.get() || done.get()) {
            return;
        }
        Map<FieldConflict, Choice> choices = new HashMap<>();
        rows.forEach(r -> choices.put(r.field, r.choice.get()));
        message.set("");
        busy.set(true);
        store.store(choices);
    }

    /** The choice is stored: the dialog closes. */
    public void finished() {
        busy.set(false);
        done.set(true);
    }

    /** Storing failed (a rule, the database): the dialog stays open with the message and the choices. */
    public void failed(String text) {
        busy.set(false);
        message.set(text);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty introProperty() {
        return intro.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the choice is stored (or the conflict was taken over by a newer one): close the dialog. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
