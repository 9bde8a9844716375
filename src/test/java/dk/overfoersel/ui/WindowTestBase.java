package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.app.Composition;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.ui.model.TransferItem;
import dk.overfoersel.ui.view.MainWindow;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window (headless, Monocle) on a temporary H2 file database; with the example
 * round stored first unless {@link #startEmpty()}. Each test class has
 * {@code @Start void start(Stage stage) { open(stage); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase extends FxRobot {

    @TempDir
    Path dir;

    protected final StubDialogs dialogs = new StubDialogs();
    protected MainWindow window;
    protected Stage stage;

    protected boolean startEmpty() {
        return false;
    }

    protected String dbPath() {
        return dir.resolve("test").toString();
    }

    protected CaseServiceFactory services() {
        return Composition.caseServices(Map.of());
    }

    /** The round stored before the window opens (unless {@link #startEmpty()}). */
    protected dk.overfoersel.domain.TransferCase initialCase() {
        return ExampleRound.load();
    }

    /** Where the window remembers its size and zoom: nothing on disk unless a test says so. */
    protected WindowSettings settings() {
        return WindowSettings.inMemory();
    }

    /** Called from each test class's {@code @Start} method (TestFX looks there only). */
    protected void open(Stage stage) {
        this.stage = stage;
        if (!startEmpty()) {
            try (CaseService s = services().open(dbPath())) {
                s.importCase(initialCase(), false);
            }
        }
        window = MainWindow.open(stage, new UiStart(services(), dbPath(), settings()), dialogs);
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            interact(window::close);
        }
    }

    /** Waits until the database thread is idle and the FX thread has handled its results. */
    protected void settle() {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.background().isIdle());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the database thread did not finish", e);
        }
    }

    /** Waits past the save delay after typing, then for the save. */
    protected void settleAfterTyping() {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        settle();
    }

    protected void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }

    /** Filer → Udskriv bilag…, waiting until the preview window shows. */
    protected javafx.stage.Window openPrintPreview() {
        settle();
        clickOn("#fileMenu");
        clickOn("#menuPrintBilag");
        settle();
        proceedPastQualityCheck();
        waitUntil(() -> previewWindow() != null);
        return previewWindow();
    }

    /** The Kvalitetstjek panel before printing or saving, if it is showing. */
    protected javafx.stage.Window qualityWindow() {
        return listWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null
                        && "qualityPanel".equals(w.getScene().getRoot().getId()))
                .findFirst().orElse(null);
    }

    /** The example round has findings: waits for the panel and clicks "Fortsæt alligevel". */
    protected void proceedPastQualityCheck() {
        waitUntil(() -> qualityWindow() != null);
        clickOn(from(qualityWindow().getScene().getRoot()).lookup("#qualityProceed").queryButton());
        settle();
    }

    /** The appendix's print preview window, if it is showing. */
    protected javafx.stage.Window previewWindow() {
        return listWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot().getStyleClass().contains("bilag-preview"))
                .findFirst().orElse(null);
    }

    /** The Budgetnotater window, if it is showing. */
    protected javafx.stage.Window notesWindow() {
        return listWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot().getStyleClass().contains("notes-window"))
                .findFirst().orElse(null);
    }

    /** A node of the Budgetnotater window. */
    protected Node inNotes(String query) {
        return from(notesWindow().getScene().getRoot()).lookup(query).query();
    }

    protected String text(String query) {
        Node node = lookup(query).query();
        if (node instanceof Label l) {
            return l.getText();
        }
        return ((TextInputControl) node).getText();
    }

    @SuppressWarnings("unchecked")
    protected TableView<TransferItem> transfersTable() {
        return (TableView<TransferItem>) lookup("#transfersTable").queryAs(TableView.class);
    }

    /** Selects the transfer with this number through the table. */
    protected void selectTransfer(int number) {
        TableView<TransferItem> table = transfersTable();
        interact(() -> {
            for (TransferItem item : table.getItems()) {
                if (item.value().number() == number) {
                    table.getSelectionModel().select(item);
                    return;
                }
            }
            throw new AssertionError("no transfer " + number);
        });
        assertThat(table.getSelectionModel().getSelectedItem().value().number()).isEqualTo(number);
    }

    /**
     * Shows the Rundeoplysninger tab by clicking its header, and checks that it did: a click while the tabs
     * are still being laid out after the first frame can miss, so it is clicked once more if needed.
     */
    protected void showRoundTab() {
        javafx.scene.control.TabPane tabs = lookup("#tabs").queryAs(javafx.scene.control.TabPane.class);
        for (int attempt = 0; attempt < 3 && tabs.getSelectionModel().getSelectedIndex() != 1; attempt++) {
            clickOn("#roundTab");
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1 && lookup("#linesTable").query().isVisible()
                && lookup("#linesTable").query().getScene() != null);
        settle();
    }

    /**
     * Clicks a node after scrolling its scroll pane so that it is on screen (TestFX refuses to click a node
     * outside the window, and how far down a card's field sits depends on fonts and the screen).
     */
    protected void clickInView(String query) {
        javafx.scene.Node node = lookup(query).query();
        interact(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    double max = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                    javafx.geometry.Bounds b = sp.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    if (max > 0) {
                        sp.setVvalue(Math.min(1, Math.max(0, (b.getMinY() - 20) / max)));
                    }
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(node);
    }

    /** Replaces a field's text by typing, keystroke by keystroke. */
    protected void typeInto(String query, String text) {
        TextInputControl field = lookup(query).queryAs(TextInputControl.class);
        interact(field::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(field);
        interact(field::selectAll);
        if (text.isEmpty()) {
            interact(field::clear);
        } else {
            write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a field's text in one change (as a paste would), with the focus in the field. */
    protected void paste(String query, String text) {
        TextInputControl field = lookup(query).queryAs(TextInputControl.class);
        interact(field::requestFocus);
        clickOn(field);
        interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The transfer as stored now, read through a fresh service (the window must be closed first). */
    protected Transfer storedTransfer(CaseService service, int number) {
        long round = service.resolveRound(null);
        return service.load(round).transfers().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }
}
