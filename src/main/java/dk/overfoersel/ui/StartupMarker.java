package dk.overfoersel.ui;

import dk.overfoersel.ui.model.Workspace;
import dk.overfoersel.ui.view.MainWindow;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * For measuring the start (installer/bench-start.sh) and for the installer's class-data-sharing
 * training run: when the environment variable {@value #ENV} is set, prints one line to stdout as soon
 * as the window has laid out a round (its title and the ceiling bar's figures), a second line
 * ({@value #TABLE_PREFIX}) once the table with the round's transfers is laid out too, then the timeline
 * of {@link StartupTimeline}; with the value {@code exit} it then closes the program. Without the
 * variable nothing happens.
 */
final class StartupMarker {

    static final String ENV = "OVERFOERSEL_STARTUP_MARKER";
    static final String PREFIX = "overfoersel-startup:";
    /** The second line: the table shows the round's transfers (their number follows). */
    static final String TABLE_PREFIX = "overfoersel-table:";

    private StartupMarker() {
    }

    static void watch(MainWindow window, Stage stage) {
        String mode = System.getenv(ENV);
        if (mode == null || mode.isBlank()) {
            return;
        }
        Workspace workspace = window.viewModel().workspace();
        ChangeListener<Workspace.State> whenShown = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Workspace.State> o, Workspace.State was, Workspace.State now) {
                if (now == Workspace.State.OPEN && workspace.roundProperty().get() != null) {
                    o.removeListener(this);
                    afterNextLayout(stage, () -> report(window, stage, mode));
                }
            }
        };
        workspace.stateProperty().addListener(whenShown);
    }

    private static void afterNextLayout(Stage stage, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(self[0]);
            action.run();
        };
        stage.getScene().addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private static void report(MainWindow window, Stage stage, String mode) {
        String ceiling = window.viewModel().ceiling().ceiling().textProperty().get();
        System.out.println(String.format(Locale.ROOT, "%s %s | %s", PREFIX, stage.getTitle(), ceiling));
        System.out.flush();
        StartupTimeline.mark("laid-out");
        afterTable(window, stage, mode);
    }

    /** The second line, once the table is in the scene with its rows laid out; then exit if asked. */
    private static void afterTable(MainWindow window, Stage stage, String mode) {
        var view = window.transfersView();
        if (view == null || view.root().getScene() == null || view.table().getItems().isEmpty()) {
            afterNextLayout(stage, () -> afterTable(window, stage, mode));
            return;
        }
        StartupTimeline.mark("table");
        System.out.println(String.format(Locale.ROOT, "%s %d", TABLE_PREFIX, view.table().getItems().size()));
        System.out.println("overfoersel-timeline: " + StartupTimeline.summary());
        System.out.flush();
        if ("exit".equals(mode.strip())) {
            Platform.runLater(() -> {
                window.close();
                stage.close();
                Platform.exit();
            });
        }
    }
}
