package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Filer → Udskriv bilag… / Gem bilag som PDF… / Gem bilag som Word… on the example round. */
class BilagWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void savesTheAppendixAsPdfWithTheRunningSumsFigures() throws Exception {
        settle();
        Path file = dir.resolve("bilag.pdf");
        saveThroughMenu("#menuSaveBilagPdf", file);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.savedNotices).singleElement().asString().contains("Bilaget er gemt", "bilag.pdf");
        String text = pdfText(file);
        assertThat(text).contains("Bilag 2", "Overførsel 10.", "Overførsel 16.", "49,1 mio. kr.", "Side 1 af");
        assertThat(text.indexOf("Overførsel 10.")).isLessThan(text.indexOf("Overførsel 11."));
    }

    @Test
    void savesTheAppendixAsWordIncludingAnEditNotYetSaved() throws Exception {
        settle();
        selectTransfer(12);
        typeInto("#titleField", "ESDH 2 – pilot i Ydelsesservice");
        // no waiting for the autosave: the appendix must still include the edit
        Path file = dir.resolve("bilag.docx");
        saveThroughMenu("#menuSaveBilagWord", file);

        assertThat(dialogs.errors).isEmpty();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Overførsel 12. ESDH 2 – pilot i Ydelsesservice", "Konsekvenser ved ikke at overføre");
        }
    }

    @Test
    void printPreviewShowsEveryPageAndPrintingNeverBlocks() {
        Window preview = openPrintPreview();
        assertThat(((Stage) preview).getTitle()).isEqualTo("Udskriftsvisning – Bilag 2");

        Pagination pages = from(preview.getScene().getRoot()).lookup("#bilagPreviewPages").queryAs(Pagination.class);
        assertThat(pages.getPageCount()).isGreaterThanOrEqualTo(3);
        Label pageLabel = from(preview.getScene().getRoot()).lookup("#bilagPreviewPageLabel").queryAs(Label.class);
        assertThat(pageLabel.getText()).isEqualTo("Side 1 af " + pages.getPageCount());
        waitUntil(() -> from(preview.getScene().getRoot()).lookup("#bilagPreviewPage").tryQuery().isPresent());
        ImageView page = from(preview.getScene().getRoot()).lookup("#bilagPreviewPage").queryAs(ImageView.class);
        assertThat(page.getImage().getWidth() / page.getImage().getHeight()).isCloseTo(210.0 / 297.0, org.assertj.core.data.Offset.offset(0.01));

        interact(() -> pages.setCurrentPageIndex(1));
        assertThat(pageLabel.getText()).isEqualTo("Side 2 af " + pages.getPageCount());

        if (javafx.print.Printer.getDefaultPrinter() == null) {
            clickOn(from(preview.getScene().getRoot()).lookup("#bilagPrintButton").queryButton());
            assertThat(dialogs.errors).singleElement().asString().contains("ingen printer");
        }
        clickOn(from(preview.getScene().getRoot()).lookup("#bilagPreviewClose").queryButton());
        waitUntil(() -> previewWindow() == null);
    }

    @Test
    void theAppendixNumberChosenInThePreviewIsUsedWhenSaving() throws Exception {
        Window preview = openPrintPreview();
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> number = from(preview.getScene().getRoot())
                .lookup("#bilagNumberSpinner").queryAs(javafx.scene.control.Spinner.class);
        assertThat(number.getValue()).isEqualTo(2);
        interact(() -> number.getValueFactory().setValue(3));
        settle();
        waitUntil(() -> ((Stage) preview).getTitle().equals("Udskriftsvisning – Bilag 3"));
        clickOn(from(preview.getScene().getRoot()).lookup("#bilagPreviewClose").queryButton());

        Path file = dir.resolve("bilag-3.pdf");
        saveThroughMenu("#menuSaveBilagPdf", file);
        assertThat(pdfText(file)).contains("Bilag 3 – Bemærkninger til Skema 3").doesNotContain("Bilag 2");
    }

    @Test
    void aDateTypedInThePreviewIsPrintedInTheBilagAndEnterDoesNotPrint() throws Exception {
        Window preview = openPrintPreview();
        javafx.scene.control.DatePicker date = from(preview.getScene().getRoot()).lookup("#bilagDatePicker")
                .queryAs(javafx.scene.control.DatePicker.class);
        interact(() -> date.getEditor().requestFocus());
        clickOn(date.getEditor());
        interact(() -> date.getEditor().selectAll());
        write("2.3.2009");
        type(javafx.scene.input.KeyCode.ENTER);
        settle();
        assertThat(date.getValue()).isEqualTo(java.time.LocalDate.of(2009, 3, 2));
        // Enter took the date: nothing was printed (without a printer, printing would say so)
        assertThat(dialogs.errors).isEmpty();
        assertThat(from(preview.getScene().getRoot()).lookup("#bilagPrintStatus").queryAs(Label.class).getText()).isEmpty();
        assertThat(previewWindow()).isSameAs(preview);
        clickOn(from(preview.getScene().getRoot()).lookup("#bilagPreviewClose").queryButton());
        waitUntil(() -> previewWindow() == null);

        Path file = dir.resolve("bilag-dato.pdf");
        saveThroughMenu("#menuSaveBilagPdf", file);
        assertThat(pdfText(file)).contains("Dato: 02.03.2009");
    }

    /** Filer → Gem bilag som …, the file chooser answering {@code file}. */
    private void saveThroughMenu(String menuItem, Path file) {
        dialogs.bilagToSave = file;
        clickOn("#fileMenu");
        clickOn(menuItem);
        settle();
        proceedPastQualityCheck();
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replace('\u202f', ' '); // amounts hold a narrow no-break space
        }
    }
}
