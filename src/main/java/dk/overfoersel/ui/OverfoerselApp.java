package dk.overfoersel.ui;

import dk.overfoersel.ui.view.MainWindow;
import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. JavaFX creates it reflectively, so the composition root hands over
 * its {@link UiStart} through {@link #launch(UiStart)} before the toolkit starts.
 */
public final class OverfoerselApp extends Application {

    private static volatile UiStart start;
    private MainWindow window;

    /** Starts the toolkit and shows the window; returns when the window is closed. */
    public static void launch(UiStart uiStart) {
        start = Objects.requireNonNull(uiStart, "uiStart");
        Application.launch(OverfoerselApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupTimeline.mark("fx-start");
        UiStart s = Objects.requireNonNull(start, "OverfoerselApp.launch(UiStart) was not called");
        window = MainWindow.open(stage, s, new FxDialogService(stage));
        if (s.openFile() != null) {
            window.viewModel().offerImportOnceOpen(s.openFile());
        }
        StartupMarker.watch(window, stage);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
