package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview fits the screen with its buttons on it, zooms, and Enter in "Bilag nr." does not print. */
class PrintPreviewLayoutTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void fitsTheScreenZoomsAndEnterInTheNumberDoesNotPrint() {
        Window preview = openPrintPreview();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(preview.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        Node print = preview.getScene().lookup("#bilagPrintButton");
        Bounds b = print.localToScene(print.getLayoutBounds());
        assertThat(b.getMaxY()).as("the print button is inside the window").isLessThanOrEqualTo(preview.getScene().getHeight());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(preview.getScene().getWidth());

        waitUntil(() -> preview.getScene().lookup("#bilagPreviewPage") != null);
        ImageView page = (ImageView) preview.getScene().lookup("#bilagPreviewPage");
        double fitted = page.getFitHeight();
        clickOn(preview.getScene().lookup("#bilagZoomIn"));
        clickOn(preview.getScene().lookup("#bilagZoomIn"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getFitHeight()).as("zoomed to 150 %").isGreaterThan(fitted * 1.4);
        assertThat(((javafx.scene.control.Label) preview.getScene().lookup("#bilagZoomLabel")).getText()).isEqualTo("150 %");

        @SuppressWarnings("unchecked")
        Spinner<Integer> number = (Spinner<Integer>) preview.getScene().lookup("#bilagNumberSpinner");
        interact(() -> {
            number.getEditor().requestFocus();
            number.getEditor().selectAll();
        });
        write("3");
        push(KeyCode.ENTER);
        settle();
        assertThat(number.getValue()).isEqualTo(3);
        assertThat(dialogs.errors).as("Enter did not start printing (no printer here: it would say so)").isEmpty();
        assertThat(((Stage) preview).getTitle()).contains("3");
        interact(() -> ((Stage) preview).close());
    }
}
