package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.ui.view.MainWindow;
import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Accessible names, Tab in the long texts, the text zoom, and what the window remembers between starts. */
class KeyboardAndZoomWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Path settingsFile() {
        return dir.resolve("settings").resolve(WindowSettings.FILE_NAME);
    }

    @Override
    protected WindowSettings settings() {
        return WindowSettings.at(settingsFile());
    }

    @Test
    void aFieldIsAnnouncedByItsCaptionAndValue() {
        settle();
        selectTransfer(10);
        settle();
        assertThat(lookup("#amountField").query().getAccessibleText()).isEqualTo("Beløb, 15.739.000,00 kroner");
        assertThat(lookup("#titleField").query().getAccessibleText()).isEqualTo("Titel, Intensiv opfølgning på sygedagpengesager");
        assertThat(lookup("#consequencesArea").query().getAccessibleText()).isEqualTo("Konsekvenser ved ikke at overføre");
    }

    @Test
    void tabLeavesATextAreaAndCtrlTabInsertsATab() {
        settle();
        selectTransfer(12);
        settle();
        TextArea background = lookup("#backgroundArea").queryAs(TextArea.class);
        String before = background.getText();
        interact(background::requestFocus);
        interact(background::end);
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.isFocused()).as("Tab moved the focus on").isFalse();
        assertThat(background.getText()).isEqualTo(before);
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("consequencesArea");

        push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.isFocused()).as("Shift+Tab came back").isTrue();

        interact(background::end);
        push(KeyCode.CONTROL, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.getText()).isEqualTo(before + "\t");
        assertThat(background.isFocused()).isTrue();
    }

    @Test
    void ctrlPlusZoomsTheWholeWindowAndTheWindowRemembersItsLayout() {
        settle();
        @SuppressWarnings("unchecked")
        TableColumn<?, ?> amount = (TableColumn<?, ?>) transfersTable().getColumns().get(4);
        double amountWidth = amount.getWidth();
        TextField title = lookup("#titleField").queryAs(TextField.class);
        double fontBefore = title.getFont().getSize();

        push(KeyCode.CONTROL, KeyCode.ADD);
        push(KeyCode.CONTROL, KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.zoom().levelProperty().get()).isEqualTo(1.2);
        assertThat(title.getFont().getSize()).isCloseTo(fontBefore * 1.2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(amount.getWidth()).as("amount columns grow with the text").isGreaterThan(amountWidth * 1.15);
        push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.zoom().levelProperty().get()).isEqualTo(1.1);

        SplitPane split = window.split();
        interact(() -> {
            stage.setWidth(1300);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> split.setDividerPositions(0.71));
        interact(window::close);

        WindowSettings saved = WindowSettings.at(settingsFile());
        assertThat(saved.number("zoom", 0)).isEqualTo(1.1);
        assertThat(saved.number("window.width", 0)).isEqualTo(stage.getScene().getWidth());
        String splitKey = split.getOrientation() == javafx.geometry.Orientation.HORIZONTAL ? "split.transfers" : "split.transfers.below";
        assertThat(saved.number(splitKey, 0)).isCloseTo(0.71, org.assertj.core.data.Offset.offset(0.01));

        // a second start with the same settings: the same zoom, size and divider
        MainWindow[] again = new MainWindow[1];
        Stage[] second = new Stage[1];
        interact(() -> {
            second[0] = new Stage();
            again[0] = MainWindow.open(second[0], new UiStart(services(), dbPath(), WindowSettings.at(settingsFile())), dialogs);
        });
        window = again[0];
        settle();
        assertThat(again[0].zoom().levelProperty().get()).isEqualTo(1.1);
        assertThat(second[0].getScene().getWidth()).isEqualTo(saved.number("window.width", 0));
        assertThat(again[0].split().getDividerPositions()[0]).isCloseTo(0.71, org.assertj.core.data.Offset.offset(0.01));
        interact(() -> {
            again[0].close();
            second[0].close();
        });
    }

    @Test
    void aDividerRememberedOnAWiderScreenDoesNotCutTheAmounts() {
        settle();
        SplitPane split = window.split();
        org.junit.jupiter.api.Assumptions.assumeTrue(split.getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
        // a divider that leaves the table less than its amounts need, as if dragged there on a wider screen
        WindowSettings saved = WindowSettings.at(settingsFile());
        saved.setNumber("split.transfers", 0.25);
        saved.save();
        MainWindow[] again = new MainWindow[1];
        Stage[] second = new Stage[1];
        interact(() -> {
            second[0] = new Stage();
            again[0] = MainWindow.open(second[0], new UiStart(services(), dbPath(), WindowSettings.at(settingsFile())), dialogs);
        });
        window = again[0];
        settle();
        SplitPane split2 = again[0].split();
        double tableWidth = split2.getDividerPositions()[0] * split2.getWidth();
        double needed = from(split2).lookup("#transfersTable").queryAs(javafx.scene.control.TableView.class).getColumns().stream()
                .mapToDouble(c -> ((javafx.scene.control.TableColumn<?, ?>) c).getMinWidth()).sum();
        assertThat(split2.getDividerPositions()[0]).isGreaterThan(0.3);
        assertThat(tableWidth).as("the table keeps room for every column's minimum").isGreaterThanOrEqualTo(needed);
        interact(() -> {
            again[0].close();
            second[0].close();
        });
    }
}
