package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestImages;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Op and Ned under the editor put a transfer's figures in another order; Ctrl+Z puts it back. */
class FigureOrderWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected TransferCase initialCase() {
        TransferCase example = ExampleRound.load();
        return new TransferCase(example.round(), example.transfers().stream()
                .map(t -> t.number() == 12 ? t.withImages(List.of(TestImages.figure(1), TestImages.figure(2))) : t)
                .toList());
    }

    @Test
    void upMovesTheSelectedFigureFirstAndUndoPutsItBack() {
        settle();
        selectTransfer(12);
        interact(() -> lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        settle();
        ListView<Stored<Figure>> list = lookup("#figuresList").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(lookup("#figureUpButton").queryButton().isDisabled()).isTrue();

        interact(() -> list.getSelectionModel().select(1));
        assertThat(lookup("#figureUpButton").queryButton().isDisabled()).isFalse();
        assertThat(lookup("#figureDownButton").queryButton().isDisabled()).isTrue();
        clickOn("#figureUpButton");
        settle();
        waitUntil(() -> names(list).equals(List.of("figur-2.png", "figur-1.png")));
        assertThat(list.getSelectionModel().getSelectedItem().value().name()).isEqualTo("figur-2.png");

        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        waitUntil(() -> names(list).equals(List.of("figur-1.png", "figur-2.png")));
        push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        waitUntil(() -> names(list).equals(List.of("figur-2.png", "figur-1.png")));

        interact(window::close);
        try (CaseService s = services().open(dbPath())) {
            assertThat(storedTransfer(s, 12).images()).extracting(Figure::name).containsExactly("figur-2.png", "figur-1.png");
            assertThat(s.history(null, 12)).filteredOn(e -> e.useCase().equals("reorderFigures")).hasSize(3);
        }
    }

    private static List<String> names(ListView<Stored<Figure>> list) {
        return list.getItems().stream().map(f -> f.value().name()).toList();
    }
}
