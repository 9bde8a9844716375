package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.app.Composition;
import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.PdfPages;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.ui.StubDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The appendix from the window's view model, without a window (direct background). */
class BilagViewModelTest {

    @TempDir
    Path dir;

    private Workspace openExample(StubDialogs dialogs) {
        String db = dir.resolve("db").toString();
        try (CaseService s = Composition.caseServices(Map.of()).open(db)) {
            s.importCase(ExampleRound.load(), false);
        }
        Workspace workspace = new Workspace(Composition.caseServices(Map.of()), Background.direct(), dialogs);
        workspace.openDatabase(db);
        return workspace;
    }

    @Test
    void savesPdfAndWordWhereTheUserChose() throws Exception {
        StubDialogs dialogs = new StubDialogs();
        Workspace workspace = openExample(dialogs);
        BilagViewModel bilag = new BilagViewModel(workspace);

        dialogs.bilagToSave = dir.resolve("a.pdf");
        bilag.savePdf();
        dialogs.bilagToSave = dir.resolve("a.docx");
        bilag.saveWord();

        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).startsWith("%PDF".getBytes());
        assertThat(Files.readAllBytes(dir.resolve("a.docx"))).startsWith(new byte[] {'P', 'K'});
        assertThat(dialogs.savedNotices).hasSize(2);
        assertThat(bilag.busyProperty().get()).isFalse();
        workspace.close();
    }

    @Test
    void cancellingTheFileChooserWritesNothing() {
        StubDialogs dialogs = new StubDialogs();
        Workspace workspace = openExample(dialogs);
        new BilagViewModel(workspace).savePdf();
        assertThat(dialogs.informations).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        workspace.close();
    }

    @Test
    void anUnwritableTargetIsReportedNotThrown() {
        StubDialogs dialogs = new StubDialogs();
        Workspace workspace = openExample(dialogs);
        BilagViewModel bilag = new BilagViewModel(workspace);
        bilag.save(dir.resolve("missing-folder").resolve("b.pdf"), BilagFormat.PDF);
        assertThat(dialogs.errors).singleElement().asString().contains("kan ikke skrives");
        assertThat(bilag.busyProperty().get()).isFalse();
        workspace.close();
    }

    @Test
    void previewRendersThePagesAndTheNumberIsConfigurable() {
        StubDialogs dialogs = new StubDialogs();
        Workspace workspace = openExample(dialogs);
        BilagViewModel bilag = new BilagViewModel(workspace);
        bilag.setNumber(3);
        AtomicReference<PdfPages> shown = new AtomicReference<>();
        bilag.preview(shown::set);
        try (PdfPages pages = shown.get()) {
            assertThat(pages.count()).isGreaterThanOrEqualTo(3);
            var image = pages.render(0, 50);
            assertThat(image.getWidth()).isBetween(410, 416); // A4 at 50 dpi: 8,27 in × 50
        }
        assertThat(bilag.suggestedName(workspace.roundProperty().get(), BilagFormat.PDF))
                .isEqualTo("Bilag-3-Beskæftigelses-og-Integrationsforvaltningen-2008.pdf");
        workspace.close();
    }

    @Test
    void savingAfterThePreviewReusesItsPdfUntilSomethingChanges() throws Exception {
        StubDialogs dialogs = new StubDialogs();
        Workspace workspace = openExample(dialogs);
        BilagViewModel bilag = new BilagViewModel(workspace);
        bilag.setDate(java.time.LocalDate.of(2009, 2, 20));
        AtomicReference<PdfPages> shown = new AtomicReference<>();
        bilag.preview(shown::set);
        shown.get().close();
        bilag.save(dir.resolve("a.pdf"), BilagFormat.PDF);
        Thread.sleep(1100); // a new rendering would carry another time stamp and document id
        bilag.save(dir.resolve("b.pdf"), BilagFormat.PDF);
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("b.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("a.pdf")));

        bilag.setDate(java.time.LocalDate.of(2009, 3, 2));
        bilag.save(dir.resolve("c.pdf"), BilagFormat.PDF);
        byte[] c = Files.readAllBytes(dir.resolve("c.pdf"));
        assertThat(c).isNotEqualTo(Files.readAllBytes(dir.resolve("a.pdf")));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(c)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Dato: 02.03.2009");
        }
        workspace.close();
    }
}
