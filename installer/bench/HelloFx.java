import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of installer/bench-start.sh: a bare JavaFX window of the main window's size with one
 * label. Prints the same kind of marker line as the program once the window is laid out, then exits.
 * (The main class does not extend Application, so JavaFX may stay on the class path.)
 */
public final class HelloFx {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hej, verden")), 1360, 860);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("overfoersel-startup: hello");
                System.out.flush();
                Platform.runLater(Platform::exit);
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Hej");
            stage.setScene(scene);
            stage.show();
        }
    }
}
