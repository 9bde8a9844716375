package dk.overfoersel.ui.model;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.domain.figure.MediaTypes;
import dk.overfoersel.service.UseCaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The figures of the selected transfer: the list (loaded off the FX thread), "Tilføj figur…" or a
 * dropped file, which becomes a pending figure until its alt text is written and it is saved; the
 * caption, alt text and source of the selected figure; Erstat (a new image, same texts and place)
 * and Fjern; Op and Ned move the selected figure (the order the bilag numbers them in; undoable with
 * Ctrl+Z). Each change is one use case ({@code addFigure}, {@code replaceFigure}, {@code removeFigure},
 * {@code reorderFigures}).
 */
public final class FiguresViewModel {

    private final Workspace workspace;
    private final ObjectProperty<TransferItem> item = new SimpleObjectProperty<>();
    private final ObservableList<Stored<Figure>> figures = FXCollections.observableArrayList();
    private final ObjectProperty<Stored<Figure>> selected = new SimpleObjectProperty<>();
    private final StringProperty caption = new SimpleStringProperty("");
    private final StringProperty altText = new SimpleStringProperty("");
    private final StringProperty sourceNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pendingName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private byte[] pending;

    public FiguresViewModel(Workspace workspace) {
        this.workspace = workspace;
        item.addListener((o, a, b) -> load());
        selected.addListener((o, a, b) -> {
            if (b != null) {
                clearPending();
                caption.set(b.value().caption());
                altText.set(b.value().altText());
                sourceNote.set(b.value().sourceNote());
            }
            refreshEditable();
        });
    }

    private void load() {
        clearPending();
        selected.set(null);
        figures.clear();
        message.set("");
        TransferItem current = item.get();
        if (current == null) {
            refreshEditable();
            return;
        }
        // the item's id is the database thread's: read there (a new transfer has it once saved)
        workspace.useCase(s -> current.id == 0 ? List.<Stored<Figure>>of() : s.figures(current.id), list -> {
            if (item.get() == current) {
                figures.setAll(list);
            }
        }, this::failed);
    }

    /** "Tilføj figur…": the chosen file becomes the pending figure. */
    public void chooseAndAdd() {
        workspace.dialogs().chooseImage().ifPresent(file -> addFiles(List.of(file)));
    }

    /** Files dropped on the list: the first image becomes the pending figure (its alt text is asked for). */
    public void addFiles(List<Path> files) {
        if (item.get() == null || files.isEmpty()) {
            return;
        }
        Path file = files.get(0);
        byte[] data = read(file);
        if (data == null) {
            return;
        }
        selected.set(null);
        pending = data;
        pendingName.set(nameFor(file, MediaTypes.sniff(data).orElse("")));
        caption.set("");
        altText.set("");
        sourceNote.set("");
        message.set(Texts.get("ui.figures.writeAltText", pendingName.get()));
        refreshEditable();
    }

    /** "Erstat…": a new image for the selected figure, keeping its name, texts and place. */
    public void chooseAndReplace() {
        Stored<Figure> s = selected.get();
        if (s == null) {
            return;
        }
        workspace.dialogs().chooseImage().ifPresent(file -> {
            byte[] data = read(file);
            if (data != null) {
                store(() -> s.value().withImage(data), f -> svc -> svc.replaceFigure(s.id(), f));
            }
        });
    }

    /** "Gem figur": stores the pending figure, or the selected figure's texts. */
    public void save() {
        Stored<Figure> s = selected.get();
        TransferItem current = item.get();
        if (pending != null && current != null) {
            byte[] data = pending;
            String name = pendingName.get();
            store(() -> Figure.of(name, caption.get(), altText.get(), data, sourceNote.get()),
                    f -> svc -> svc.addFigure(current.id, f));
        } else if (s != null) {
            store(() -> s.value().withTexts(caption.get(), altText.get(), sourceNote.get()),
                    f -> svc -> svc.replaceFigure(s.id(), f));
        }
    }

    /** "Fjern": removes the selected figure after asking. */
    public void remove() {
        Stored<Figure> s = selected.get();
        if (s == null || !workspace.dialogs().confirm(Texts.get("ui.figures.removeTitle"),
                Texts.get("ui.figures.removeQuestion", s.value().name()))) {
            return;
        }
        workspace.useCase(svc -> svc.removeFigure(s.id()), removed -> load(), this::failed);
    }

    /** "Op": the selected figure one place earlier (stored, audited, one undo step). */
    public void moveUp() {
        move(-1);
    }

    /** "Ned": the selected figure one place later. */
    public void moveDown() {
        move(1);
    }

    private void move(int by) {
        Stored<Figure> s = selected.get();
        TransferItem current = item.get();
        int from = figures.indexOf(s);
        int to = from + by;
        if (s == null || current == null || from < 0 || to < 0 || to >= figures.size()) {
            return;
        }
        List<Long> before = figures.stream().map(Stored::id).toList();
        List<Long> after = new java.util.ArrayList<>(before);
        java.util.Collections.swap(after, from, to);
        long keep = s.id();
        order(current, after, keep);
        workspace.undoStack().push(new Edit() {
            @Override
            public void undo() {
                order(current, before, keep);
            }

            @Override
            public void redo() {
                order(current, after, keep);
            }
        });
    }

    private void order(TransferItem transfer, List<Long> ids, long keep) {
        workspace.useCase(svc -> svc.reorderFigures(transfer.id, ids), list -> {
            if (item.get() == transfer) {
                figures.setAll(list);
                list.stream().filter(x -> x.id() == keep).findFirst().ifPresent(selected::set);
            }
        }, this::failed);
    }

    /** Whether "Op" / "Ned" can move the selected figure. */
    public javafx.beans.binding.BooleanBinding canMove(int by) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            int at = figures.indexOf(selected.get());
            return at >= 0 && at + by >= 0 && at + by < figures.size();
        }, figures, selected);
    }

    private interface Build {
        Figure figure();
    }

    private void store(Build build, java.util.function.Function<Figure,
            java.util.function.Function<dk.overfoersel.service.CaseService, Stored<Figure>>> useCase) {
        Figure f;
        try {
            f = build.figure();
        } catch (DomainException e) {
            message.set(e.getMessage());
            return;
        }
        String name = f.name();
        workspace.useCase(useCase.apply(f), stored -> {
            clearPending();
            long keep = stored.id();
            TransferItem current = item.get();
            workspace.useCase(svc -> svc.figures(current.id), list -> {
                figures.setAll(list);
                list.stream().filter(x -> x.id() == keep).findFirst().ifPresent(selected::set);
                message.set(Texts.get("ui.figures.saved", name));
            }, this::failed);
        }, this::failed);
    }

    private byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > Figure.MAX_BYTES) {
                message.set(Figure.tooLarge(String.valueOf(file.getFileName()), size));
                return null;
            }
            byte[] data = Files.readAllBytes(file);
            if (MediaTypes.sniff(data).isEmpty()) {
                message.set(Texts.get("figure.rule.notAnImage", String.valueOf(file.getFileName())));
                return null;
            }
            return data;
        } catch (IOException e) {
            message.set(Texts.get("ui.figures.cannotRead", String.valueOf(file.getFileName())));
            return null;
        }
    }

    /** "figur-3.png": the next free figure-N name of the transfer, with the image's extension. */
    String nameFor(Path file, String mediaType) {
        Set<String> taken = new HashSet<>();
        figures.forEach(f -> taken.add(f.value().name().toLowerCase(Locale.ROOT)));
        String ext = MediaTypes.extension(mediaType);
        int n = figures.size() + 1;
        while (taken.contains(("figur-" + n + ext).toLowerCase(Locale.ROOT))) {
            n++;
        }
        return "figur-" + n + ext;
    }

    private void failed(Throwable e) {
        Throwable cause = e;
        while (!(cause instanceof UseCaseException || cause instanceof DomainException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        message.set(cause instanceof UseCaseException || cause instanceof DomainException
                ? cause.getMessage() : Texts.get("ui.figures.failed"));
    }

    private void clearPending() {
        pending = null;
        pendingName.set("");
    }

    private void refreshEditable() {
        editable.set(item.get() != null && (pending != null || selected.get() != null));
    }

    public ObjectProperty<TransferItem> itemProperty() {
        return item;
    }

    public ObservableList<Stored<Figure>> figures() {
        return figures;
    }

    public ObjectProperty<Stored<Figure>> selectedProperty() {
        return selected;
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public StringProperty altTextProperty() {
        return altText;
    }

    public StringProperty sourceNoteProperty() {
        return sourceNote;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The name the pending (not yet saved) figure will get, or "". */
    public ReadOnlyStringProperty pendingNameProperty() {
        return pendingName.getReadOnlyProperty();
    }

    /** Whether the caption/alt text/source fields are for a figure (pending or selected). */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }
}
