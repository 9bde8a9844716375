package dk.overfoersel.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.framework.junit5.Start;

/**
 * Screenshots of the real window for docs/screenshots. Only with {@code -Dscreenshots=true}:
 * {@code mvn -B test -Dtest=ScreenshotTest -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotTest extends WindowTestBase {

    private static final Path OUT = Path.of("docs", "screenshots");

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exampleLoadedEditorAndOverCeiling() {
        settle();
        selectTransfer(10);
        settle();
        snapshot("01-example-round.png");

        selectTransfer(12);
        typeInto("#consequencesArea", "");
        // as if pasted: the whole invalid text at once
        interact(() -> lookup("#amountField").queryAs(javafx.scene.control.TextField.class).setText("4.500.00"));
        snapshot("02-transfer-editor.png");
        typeInto("#amountField", "20.000.000");
        snapshot("03-over-ceiling.png");
    }

    private void snapshot(String name) {
        WritableImage image = new WritableImage(1, 1);
        WritableImage[] shot = {image};
        interact(() -> shot[0] = stage.getScene().snapshot(null));
        write(shot[0], OUT.resolve(name));
    }

    /** PNG through java.awt.image (no javafx-swing needed). */
    static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
