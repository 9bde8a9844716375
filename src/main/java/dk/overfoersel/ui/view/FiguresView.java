package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.ui.model.FiguresViewModel;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The figures of the selected transfer, under its editor: the list (drop image files on it),
 * Tilføj figur…, Erstat…, Fjern, Op and Ned (the order), and the caption, alt text and source of the selected or new figure.
 */
public final class FiguresView {

    private final VBox root = new VBox();

    public FiguresView(FiguresViewModel vm) {
        root.setId("figuresCard");
        root.getStyleClass().addAll("card", "figures");
        Label title = new Label(Texts.get("ui.figures.title"));
        title.getStyleClass().add("card-title");

        ListView<Stored<Figure>> list = Fx.control(new ListView<>(vm.figures()), "figuresList", "ui.figures.listHint");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(Texts.get("ui.figures.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Stored<Figure> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Texts.get("ui.figures.row", item.value().name(),
                        item.value().caption().isEmpty() ? item.value().altText() : item.value().caption(),
                        Figure.megabytes(item.value().size())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        // a reordered list comes back with equal figures: the selection property does not change, so
        // the list (which cleared its selection when its items were replaced) takes it again here
        vm.figures().addListener((javafx.collections.ListChangeListener<Stored<Figure>>) c -> {
            Stored<Figure> chosen = vm.selectedProperty().get();
            if (chosen != null && list.getSelectionModel().getSelectedItem() == null) {
                list.getSelectionModel().select(chosen);
            }
        });
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.itemProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });

        Button add = Fx.button("addFigureButton", "ui.figures.add", "ui.figures.addHint", vm::chooseAndAdd);
        add.disableProperty().bind(vm.itemProperty().isNull());
        Button replace = Fx.button("replaceFigureButton", "ui.figures.replace", "ui.figures.replaceHint", vm::chooseAndReplace);
        replace.disableProperty().bind(vm.selectedProperty().isNull());
        Button remove = Fx.button("removeFigureButton", "ui.figures.remove", "ui.figures.removeHint", vm::remove);
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        Button up = Fx.button("figureUpButton", "ui.figures.up", "ui.figures.upHint", vm::moveUp);
        up.disableProperty().bind(vm.canMove(-1).not());
        Button down = Fx.button("figureDownButton", "ui.figures.down", "ui.figures.downHint", vm::moveDown);
        down.disableProperty().bind(vm.canMove(1).not());
        HBox buttons = new HBox(add, replace, remove, up, down);
        buttons.getStyleClass().add("button-row");

        TextField caption = Fx.input("figureCaptionField", "ui.figures.captionPrompt", "ui.figures.captionHint", vm.captionProperty());
        TextField alt = Fx.input("figureAltTextField", "ui.figures.altTextPrompt", "ui.figures.altTextHint", vm.altTextProperty());
        TextField source = Fx.input("figureSourceField", "ui.figures.sourcePrompt", "ui.figures.sourceHint", vm.sourceNoteProperty());
        Button save = Fx.button("saveFigureButton", "ui.figures.save", "ui.figures.saveHint", vm::save);
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.add(Fx.caption("ui.figures.caption", caption), 0, 0);
        form.add(caption, 1, 0);
        form.add(Fx.caption("ui.figures.altText", alt), 0, 1);
        form.add(alt, 1, 1);
        form.add(Fx.caption("ui.figures.source", source), 0, 2);
        form.add(source, 1, 2);
        form.add(save, 1, 3);
        GridPane.setHgrow(caption, Priority.ALWAYS);
        form.disableProperty().bind(vm.editableProperty().not());

        root.getChildren().addAll(title, list, buttons,
                Fx.message("figurePending", vm.pendingNameProperty(), "caption"), form,
                Fx.message("figuresMessage", vm.messageProperty(), "field-error"));
    }

    public VBox root() {
        return root;
    }
}
