package dk.overfoersel.ui;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.model.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: alerts and file choosers owned by the main window, in Danish. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = confirmation(title, message);
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.YES).isPresent();
    }

    Alert confirmation(String title, String message) {
        ButtonType yes = new ButtonType(Texts.get("ui.dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Texts.get("ui.dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        return alert;
    }

    /** "OK" (the same in Danish) and "Annuller": JavaFX's own ButtonType.CANCEL would say "Cancel". */
    static final ButtonType OK = new ButtonType(Texts.get("layout.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Texts.get("layout.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    /** "Ret" (go back to the field) or "Kassér" (drop the typed text). */
    @Override
    public boolean fixInvalid(String message) {
        ButtonType fix = new ButtonType(Texts.get("ui.editor.fix"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.get("ui.editor.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, fix, discard);
        prepare(alert, Texts.get("ui.editor.invalidTitle"));
        return alert.showAndWait().filter(b -> b == discard).isEmpty();
    }

    @Override
    public void error(String title, String message) {
        errorAlert(title, message).showAndWait();
    }

    @Override
    public void information(String title, String message) {
        informationAlert(title, message).showAndWait();
    }

    Alert errorAlert(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, OK);
        prepare(alert, title);
        return alert;
    }

    Alert informationAlert(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, OK);
        prepare(alert, title);
        return alert;
    }

    private void prepare(Dialog<?> dialog, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dk.overfoersel.ui.view.Zoom.follow(owner, dialog.getDialogPane());
        }
        dk.overfoersel.ui.view.DanishTextMenu.installOn(dialog.getDialogPane().getScene(), null, null);
    }

    @Override
    public Optional<Path> chooseJsonToOpen() {
        FileChooser chooser = jsonChooser(Texts.get("ui.file.importTitle"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.figures.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("ui.figures.imageFiles"),
                "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG", "*.svg", "*.SVG"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseJsonToSave(String suggestedName) {
        FileChooser chooser = jsonChooser(Texts.get("ui.file.exportTitle"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBilagToSave(dk.overfoersel.document.BilagFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(format == dk.overfoersel.document.BilagFormat.PDF ? "ui.bilag.savePdfTitle" : "ui.bilag.saveWordTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Texts.get(format == dk.overfoersel.document.BilagFormat.PDF ? "ui.bilag.pdfFilter" : "ui.bilag.wordFilter"),
                List.of("*" + format.extension())));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseXlsxToOpen() {
        FileChooser chooser = xlsxChooser(Texts.get("ui.file.importXlsxTitle"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseXlsxToSave(String suggestedName) {
        FileChooser chooser = xlsxChooser(Texts.get("ui.file.exportXlsxTitle"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, String filter, String extension, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, List.of("*" + extension)));
        if (suggestedName == null) {
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser xlsxChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("ui.file.xlsxFilter"), List.of("*.xlsx")));
        return chooser;
    }

    /** The notice after saving a file: "Åbn", "Vis i mappe" or "Luk". */
    @Override
    public SavedAction fileSaved(String title, String message) {
        ButtonType open = new ButtonType(Texts.get("ui.saved.open"), ButtonBar.ButtonData.YES);
        ButtonType folder = new ButtonType(Texts.get("ui.saved.showInFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Texts.get("ui.saved.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, open, folder, close);
        prepare(alert, title);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == open) {
            return SavedAction.OPEN;
        }
        if (answer.isPresent() && answer.get() == folder) {
            return SavedAction.SHOW_IN_FOLDER;
        }
        return SavedAction.NONE;
    }

    @Override
    public Optional<Path> chooseDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.file.databaseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("ui.file.databaseFilter"), List.of("*.mv.db")));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean askServer(dk.overfoersel.ui.model.ServerLoginViewModel login) {
        return ServerLoginDialog.ask(owner, login);
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("ui.file.jsonFilter"), List.of("*.json")));
        return chooser;
    }

    @Override
    public Optional<Round> askNewRound() {
        return newRoundDialog().showAndWait().flatMap(r -> r);
    }

    /**
     * The new-round dialog: the focus starts in the first field, it is wide enough for the longest
     * administration names, and a wrong entry is shown inside it (the dialog stays open).
     */
    Dialog<Optional<Round>> newRoundDialog() {
        Dialog<Optional<Round>> dialog = new Dialog<>();
        prepare(dialog, Texts.get("ui.newRound.title"));
        TextField administration = new TextField();
        administration.setId("newRoundAdministration");
        administration.setAccessibleText(Texts.get("ui.round.administration"));
        administration.setPrefColumnCount(34);
        TextField committee = new TextField();
        committee.setId("newRoundCommittee");
        committee.setAccessibleText(Texts.get("ui.round.committee"));
        committee.setPrefColumnCount(34);
        TextField year = new TextField(String.valueOf(LocalDate.now().getYear()));
        year.setId("newRoundYear");
        year.setAccessibleText(Texts.get("ui.round.accountsYear"));
        year.setPrefColumnCount(6);
        year.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("newRoundError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        // room for one line of error kept, so the dialog does not jump when it appears
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setText(" ");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.addRow(0, caption("ui.round.administration", administration), administration);
        grid.addRow(1, caption("ui.round.committee", committee), committee);
        grid.addRow(2, caption("ui.round.accountsYear", year), year);
        grid.add(error, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType create = new ButtonType(Texts.get("ui.newRound.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, CANCEL);
        Optional<Round>[] made = new Optional[] {Optional.empty()};
        dialog.getDialogPane().lookupButton(create).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                int accounts = Integer.parseInt(year.getText().strip());
                made[0] = Optional.of(Round.of(administration.getText(), committee.getText(), accounts, null, List.of()));
            } catch (NumberFormatException ex) {
                error.setText(Texts.get("ui.round.yearInvalid", year.getText()));
                year.requestFocus();
                e.consume();
            } catch (DomainException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == create ? made[0] : Optional.empty());
        dialog.setOnShown(e -> javafx.application.Platform.runLater(administration::requestFocus));
        return dialog;
    }

    private static Label caption(String key, javafx.scene.Node field) {
        Label l = new Label(Texts.get(key));
        l.setLabelFor(field);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
