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
        ButtonType yes = new ButtonType(Texts.get("ui.dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Texts.get("ui.dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

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
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void information(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    @Override
    public Optional<Path> chooseJsonToOpen() {
        FileChooser chooser = jsonChooser(Texts.get("ui.file.importTitle"));
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

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("ui.file.jsonFilter"), List.of("*.json")));
        return chooser;
    }

    @Override
    public Optional<Round> askNewRound() {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, Texts.get("ui.newRound.title"));
        TextField administration = new TextField();
        administration.setId("newRoundAdministration");
        TextField committee = new TextField();
        committee.setId("newRoundCommittee");
        TextField year = new TextField(String.valueOf(LocalDate.now().getYear()));
        year.setId("newRoundYear");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.addRow(0, new Label(Texts.get("ui.round.administration")), administration);
        grid.addRow(1, new Label(Texts.get("ui.round.committee")), committee);
        grid.addRow(2, new Label(Texts.get("ui.round.accountsYear")), year);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(Texts.get("ui.newRound.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        while (true) {
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get() != create) {
                return Optional.empty();
            }
            try {
                int accounts = Integer.parseInt(year.getText().strip());
                return Optional.of(Round.of(administration.getText(), committee.getText(), accounts, null, List.of()));
            } catch (NumberFormatException e) {
                error(Texts.get("ui.newRound.title"), Texts.get("ui.round.yearInvalid", year.getText()));
            } catch (DomainException e) {
                error(Texts.get("ui.newRound.title"), e.getMessage());
            }
        }
    }
}
