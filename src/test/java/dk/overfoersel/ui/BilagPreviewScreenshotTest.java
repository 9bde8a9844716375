package dk.overfoersel.ui;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.framework.junit5.Start;

/**
 * The print preview for docs/screenshots, only with {@code -Dscreenshots=true}:
 * {@code mvn -B test -Dtest='*ScreenshotTest' -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class BilagPreviewScreenshotTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void printPreview() {
        Window preview = openPrintPreview();
        interact(() -> from(preview.getScene().getRoot()).lookup("#bilagPreviewPages")
                .queryAs(javafx.scene.control.Pagination.class).setCurrentPageIndex(1));
        waitUntil(() -> from(preview.getScene().getRoot()).lookup("#bilagPreviewPage").tryQuery().isPresent());
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = preview.getScene().snapshot(null));
        ScreenshotTest.write(shot[0], Path.of("docs", "screenshots", "04-print-preview.png"));
    }
}
