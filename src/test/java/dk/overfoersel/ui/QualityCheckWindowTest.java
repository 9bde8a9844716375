package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestImages;
import dk.overfoersel.domain.check.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The Kvalitetstjek panel before printing, and the figures card under the editor, in the window. */
class QualityCheckWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void printingTheExampleShowsTheFindingsAndALinkGoesToTheField() {
        settle();
        clickOn("#fileMenu");
        clickOn("#menuPrintBilag");
        waitUntil(() -> qualityWindow() != null);
        Window panel = qualityWindow();
        assertThat(((Stage) panel).getTitle()).isEqualTo("Kvalitetstjek før udskrift");
        @SuppressWarnings("unchecked")
        ListView<Finding> list = from(panel.getScene().getRoot()).lookup("#qualityFindings").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(4);
        assertThat(from(panel.getScene().getRoot()).lookup("#qualitySummary").queryAs(Label.class).getText())
                .startsWith("Kvalitetstjekket fandt 1 problem(er) og 3 bemærkning(er)");
        assertThat(previewWindow()).as("nothing is printed yet").isNull();

        waitUntil(() -> from(panel.getScene().getRoot()).lookup(".quality-problem").queryAll().stream()
                .anyMatch(n -> n.getScene() != null));
        Node link = from(panel.getScene().getRoot()).lookup(".quality-problem").queryAll().stream()
                .filter(n -> n.getScene() != null).findFirst().orElseThrow();
        interact(((javafx.scene.control.Hyperlink) link)::fire);
        settle();
        assertThat(qualityWindow()).isNull();
        assertThat(transfersTable().getSelectionModel().getSelectedItem().value().number()).isEqualTo(10);
        waitUntil(() -> lookup("#commitmentsTable").query().isFocused());
        assertThat(previewWindow()).isNull();
    }

    @Test
    void aFigureIsAddedUnderTheEditorWithItsAltText() throws Exception {
        settle();
        selectTransfer(12);
        Path png = dir.resolve("pilot.png");
        Files.write(png, TestImages.png(200, 100, 7));
        dialogs.image = png;
        // the card is under the editor, below the fold of its scroll pane
        interact(() -> lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        settle();
        clickOn("#addFigureButton");
        settle();
        assertThat(text("#figurePending")).isEqualTo("figur-1.png");
        typeInto("#figureCaptionField", "Pilotens tidsplan");
        typeInto("#figureAltTextField", "Tidslinje for piloten i 2009");
        clickOn("#saveFigureButton");
        settle();
        waitUntil(() -> lookup("#figuresList").queryListView().getItems().size() == 1);
        assertThat(text("#figuresMessage")).isEqualTo("Figuren „figur-1.png“ er gemt.");
    }

    @Test
    void theLivePreviewFollowsTheTextOnDemand() {
        settle();
        selectTransfer(12);
        interact(() -> lookup("#textPreview").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        settle();
        typeInto("#recommendationArea", "Forvaltningen anbefaler **overførslen**:\n- pilot i 2009");
        settle();
        javafx.scene.layout.VBox content = lookup("#textPreviewContent").queryAs(javafx.scene.layout.VBox.class);
        java.util.List<String> flows = content.getChildren().stream()
                .filter(n -> n instanceof javafx.scene.text.TextFlow)
                .map(n -> ((javafx.scene.text.TextFlow) n).getChildren().stream()
                        .map(t -> ((javafx.scene.text.Text) t).getText()).reduce("", String::concat))
                .toList();
        assertThat(flows).contains("Forvaltningen anbefaler overførslen:", "•  pilot i 2009");
        assertThat(content.lookupAll(".text-preview-bold")).extracting(n -> ((javafx.scene.text.Text) n).getText())
                .contains("overførslen");
    }
}
