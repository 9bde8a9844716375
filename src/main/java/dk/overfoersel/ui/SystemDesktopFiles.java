package dk.overfoersel.ui;

import dk.overfoersel.ui.model.DesktopFiles;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The real desktop: on Linux {@code xdg-open} (AWT's desktop support would load a second GTK next to
 * JavaFX's), elsewhere {@link java.awt.Desktop} where it works, else {@code open} / {@code explorer}.
 * Called off the FX thread.
 */
public final class SystemDesktopFiles implements DesktopFiles {

    private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);

    @Override
    public void open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("missing: " + file);
        }
        if (awt(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        launch(OS.contains("win") ? List.of("explorer", file.toString())
                : OS.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString()));
    }

    @Override
    public void showInFolder(Path file) throws IOException {
        if (awt(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (OS.contains("win")) {
            launch(List.of("explorer", "/select," + file.toAbsolutePath()));
        } else if (OS.contains("mac")) {
            launch(List.of("open", "-R", file.toString()));
        } else {
            launch(List.of("xdg-open", folder.toString()));
        }
    }

    private static boolean awt(Desktop.Action action) {
        if (!OS.contains("win") && !OS.contains("mac")) {
            return false;
        }
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(action);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void launch(List<String> command) throws IOException {
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
