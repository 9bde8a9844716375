package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestImages;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.figure.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Figures from the window's side: add (alt text first), edit texts, replace, remove; asserted in the database. */
class FiguresViewModelTest extends ViewModelTestBase {

    FiguresViewModel figures;
    Path png;

    @BeforeEach
    void select() throws Exception {
        figures = new FiguresViewModel(workspace);
        figures.itemProperty().set(item(12));
        png = dir.resolve("søjler.png");
        Files.write(png, TestImages.png(300, 120, 4));
    }

    @Test
    void aChosenImageIsStoredOnlyWithItsAltText() {
        dialogs.image = png;
        figures.chooseAndAdd();
        assertThat(figures.pendingNameProperty().get()).isEqualTo("figur-1.png");
        assertThat(figures.messageProperty().get()).contains("skriv en alternativ tekst");

        figures.captionProperty().set("ESDH-pilotens tidsplan");
        figures.save();
        assertThat(figures.messageProperty().get())
                .isEqualTo("Figuren „figur-1.png“ mangler en alternativ tekst (den læses op i stedet for billedet og skal udfyldes).");
        assertThat(figures.figures()).isEmpty();

        figures.altTextProperty().set("Tidslinje fra foråret 2009 til jobcentrene");
        figures.save();
        assertThat(figures.figures()).extracting(s -> s.value().name()).containsExactly("figur-1.png");
        Transfer stored = stored(12);
        assertThat(stored.images()).hasSize(1);
        Figure f = stored.images().get(0);
        assertThat(f.caption()).isEqualTo("ESDH-pilotens tidsplan");
        assertThat(f.altText()).isEqualTo("Tidslinje fra foråret 2009 til jobcentrene");
        assertThat(f.data()).isEqualTo(TestImages.png(300, 120, 4));
    }

    @Test
    void droppedFilesBecomeFiguresAndReplaceAndRemoveWork() throws Exception {
        figures.addFiles(List.of(png));
        figures.altTextProperty().set("Søjler");
        figures.save();
        Stored<Figure> first = figures.selectedProperty().get();
        assertThat(first).isNotNull();

        Path jpg = dir.resolve("foto.jpg");
        Files.write(jpg, TestImages.jpeg(40, 30, 5));
        dialogs.image = jpg;
        figures.chooseAndReplace();
        assertThat(figures.figures()).hasSize(1);
        assertThat(figures.figures().get(0).id()).isEqualTo(first.id());
        assertThat(figures.figures().get(0).value().mediaType()).isEqualTo("image/jpeg");
        assertThat(figures.figures().get(0).value().altText()).isEqualTo("Søjler");

        figures.selectedProperty().set(figures.figures().get(0));
        figures.captionProperty().set("Ny billedtekst");
        figures.save();
        assertThat(figures.figures().get(0).value().caption()).isEqualTo("Ny billedtekst");

        figures.remove();
        assertThat(dialogs.confirmations).anyMatch(q -> q.contains("figur-1.png"));
        assertThat(figures.figures()).isEmpty();
        assertThat(stored(12).images()).isEmpty();
    }

    @Test
    void aFileThatIsNotAnImageOrTooLargeIsRefusedWithAMessage() throws Exception {
        Path text = dir.resolve("noter.png");
        Files.writeString(text, "ikke et billede");
        figures.addFiles(List.of(text));
        assertThat(figures.messageProperty().get()).isEqualTo("Figuren „noter.png“ er ikke et billede i PNG, JPEG eller SVG.");
        assertThat(figures.pendingNameProperty().get()).isEmpty();

        Path big = dir.resolve("stor.png");
        Files.write(big, Arrays.copyOf(TestImages.png(10, 10, 1), Figure.MAX_BYTES + 1));
        figures.addFiles(List.of(big));
        assertThat(figures.messageProperty().get()).isEqualTo("Figuren „stor.png“ fylder 10,0 MB; en figur må højst fylde 10 MB.");
    }

    @Test
    void upAndDownReorderTheStoredFiguresAuditedAndUndoable() throws Exception {
        for (String alt : List.of("Første", "Anden", "Tredje")) {
            figures.addFiles(List.of(png));
            figures.altTextProperty().set(alt);
            figures.save();
        }
        assertThat(figures.figures()).extracting(f -> f.value().altText()).containsExactly("Første", "Anden", "Tredje");
        Stored<Figure> third = figures.figures().get(2);
        figures.selectedProperty().set(third);
        assertThat(figures.canMove(1).get()).isFalse();
        assertThat(figures.canMove(-1).get()).isTrue();

        figures.moveUp();
        figures.moveUp();
        assertThat(figures.figures()).extracting(f -> f.value().altText()).containsExactly("Tredje", "Første", "Anden");
        assertThat(figures.selectedProperty().get().id()).isEqualTo(third.id());
        assertThat(figures.canMove(-1).get()).isFalse();

        workspace.undo();
        assertThat(figures.figures()).extracting(f -> f.value().altText()).containsExactly("Første", "Tredje", "Anden");
        figures.selectedProperty().set(figures.figures().get(0));
        figures.moveDown();
        assertThat(stored(12).images()).extracting(Figure::altText).containsExactly("Tredje", "Første", "Anden");
        try (dk.overfoersel.service.CaseService s = services().open(db())) {
            assertThat(s.history(null, 12)).filteredOn(e -> e.useCase().equals("reorderFigures"))
                    .extracting(e -> e.oldValue() + " -> " + e.newValue())
                    .containsExactly("figur-1.png, figur-2.png, figur-3.png -> figur-1.png, figur-3.png, figur-2.png",
                            "figur-1.png, figur-3.png, figur-2.png -> figur-3.png, figur-1.png, figur-2.png",
                            "figur-3.png, figur-1.png, figur-2.png -> figur-1.png, figur-3.png, figur-2.png",
                            "figur-1.png, figur-3.png, figur-2.png -> figur-3.png, figur-1.png, figur-2.png");
        }
    }
}
