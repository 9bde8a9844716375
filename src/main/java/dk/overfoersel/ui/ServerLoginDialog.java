package dk.overfoersel.ui;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.model.ServerLoginViewModel;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog of {@link ServerLoginViewModel}: a wrong field is named inside it, and it stays open. */
final class ServerLoginDialog {

    private ServerLoginDialog() {
    }

    static boolean ask(Window owner, ServerLoginViewModel login) {
        return build(owner, login).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    static Dialog<ButtonType> build(Window owner, ServerLoginViewModel login) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.setTitle(Texts.get("pg.login.title"));
        dialog.setHeaderText(null);
        ButtonType connect = new ButtonType(Texts.get("pg.login.title"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, FxDialogService.CANCEL);
        if (owner != null) {
            dk.overfoersel.ui.view.Zoom.follow(owner, dialog.getDialogPane());
        }

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField host = field("serverHost", login.hostProperty());
        TextField port = field("serverPort", login.portProperty());
        TextField database = field("serverDatabase", login.databaseProperty());
        TextField user = field("serverUser", login.userProperty());
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.textProperty().bindBidirectional(login.passwordProperty());
        row(grid, 0, "pg.login.host", host);
        row(grid, 1, "pg.login.port", port);
        row(grid, 2, "pg.login.database", database);
        row(grid, 3, "pg.login.user", user);
        row(grid, 4, "pg.login.password", password);
        javafx.scene.control.ChoiceBox<ServerLoginViewModel.Tls> tls =
                new javafx.scene.control.ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(ServerLoginViewModel.Tls.values()));
        tls.setId("serverTls");
        tls.valueProperty().bindBidirectional(login.tlsProperty());
        row(grid, 5, "pg.login.tls", tls);
        Label problem = new Label();
        problem.setId("serverProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        VBox content = new VBox(10, new Label(Texts.get("pg.login.intro")), grid, problem);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(460);

        Node button = dialog.getDialogPane().lookupButton(connect);
        button.setId("serverConnect");
        button.addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = login.problem();
            if (wrong != null) {
                problem.setText(wrong);
                e.consume();
            }
        });
        dialog.setOnShown(e -> (login.hostProperty().get().isBlank() ? host : password).requestFocus());
        return dialog;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(Texts.get(key));
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }
}
