package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.ui.note.NoteLine;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The notes window's Filer menu: Excel export (one sheet per table, totals as formulas), Excel
 * import (a changed workbook replaces the note after asking), Gem som PDF with the notice offering
 * "Åbn" and "Vis i mappe", and Udskriv… showing the note's pages in the print preview.
 */
class NoteFilesWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private List<NoteLine> lines2() {
        return List.copyOf(((TableView<NoteLine>) inNotes("#noteTable2")).getItems());
    }

    private NoteLine line(String label) {
        return lines2().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    private void openExample() {
        settle();
        clickOn("#viewMenu");
        clickOn("#menuShowNotes");
        waitUntil(() -> notesWindow() != null);
        settle();
        clickOn(inNotes("#notesExample"));
        settle();
        waitUntil(() -> !lines2().isEmpty());
    }

    private void menu(String item) {
        clickOn(inNotes("#notesFileMenu"));
        clickOn("#" + item);
        settle();
    }

    @Test
    void exportExcelThenImportAChangedWorkbook() throws Exception {
        openExample();
        Path xlsx = dir.resolve("bi2.xlsx");
        dialogs.files.put(".xlsx", xlsx);
        menu("menuNoteExportXlsx");

        assertThat(dialogs.fileTitles).containsExactly("Eksportér budgetnotatet som Excel-regneark");
        assertThat(dialogs.savedNotices).containsExactly("Budgetnotatet er gemt i " + xlsx + ".");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Notat").getRow(0).getCell(1).getStringCellValue()).isEqualTo("BI2");
            XSSFSheet t2 = wb.getSheet("Tabel 2");
            assertThat(t2.getRow(16).getCell(2).getCellFormula()).isEqualTo("SUMIFS(C2:C15,$A$2:$A$15,\"Service\")");
            assertThat(t2.getRow(16).getCell(2).getNumericCellValue()).isEqualTo(28300d);
            assertThat(wb.getSheet("Tabel 5").getRow(6).getCell(1).getNumericCellValue()).isEqualTo(9400d);
            // the officer changes the first activity's 2016 amount in Excel: 1.100 becomes 1.200
            assertThat(t2.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1100d);
            t2.getRow(1).getCell(2).setCellValue(1200);
            try (OutputStream out = Files.newOutputStream(dir.resolve("changed.xlsx"))) {
                wb.write(out);
            }
        }

        dialogs.files.put(".xlsx", dir.resolve("changed.xlsx"));
        menu("menuNoteImportXlsx");

        assertThat(dialogs.fileTitles).endsWith("Importér et budgetnotat fra et Excel-regneark");
        assertThat(dialogs.confirmations).containsExactly(
                "Budgetnotatet BI2 (2016 p/l) findes allerede. Vil du erstatte det med filens udgave?");
        waitUntil(() -> line("Udgifter til service i alt").amounts().get(0) == 28400L);
        assertThat(((ListView<?>) inNotes("#notesList")).getItems()).hasSize(1);
        @SuppressWarnings("unchecked")
        List<String> checks = ((ListView<String>) inNotes("#noteChecks")).getItems();
        assertThat(checks).contains("Tabel 3, 2016, Service: fordelingen på udvalg giver 28.300, tabel 2 giver 28.400 (forskel -100)");
    }

    @Test
    void aWorkbookWithErrorsNamesTheCellsAndStoresNothing() throws Exception {
        openExample();
        Path xlsx = dir.resolve("bi2.xlsx");
        dialogs.files.put(".xlsx", xlsx);
        menu("menuNoteExportXlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Tabel 2").getRow(1).getCell(2).setCellValue(12.5);
            try (OutputStream out = Files.newOutputStream(dir.resolve("bad.xlsx"))) {
                wb.write(out);
            }
        }
        dialogs.files.put(".xlsx", dir.resolve("bad.xlsx"));
        menu("menuNoteImportXlsx");

        assertThat(dialogs.errors).singleElement().asString()
                .contains("intet er gemt").contains("Tabel 2!C2: 12.5 er ikke et helt antal tusinde kroner");
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(line("Udgifter til service i alt").amounts().get(0)).isEqualTo(28300L);
    }

    @Test
    void saveAsPdfOffersOpenAndShowInFolder() throws Exception {
        openExample();
        Path pdf = dir.resolve("bi2.pdf");
        dialogs.files.put(".pdf", pdf);
        dialogs.savedAction = dk.overfoersel.ui.model.DialogService.SavedAction.SHOW_IN_FOLDER;
        List<String> desktop = new java.util.concurrent.CopyOnWriteArrayList<>();
        window.viewModel().workspace().setDesktop(new dk.overfoersel.ui.model.DesktopFiles() {
            @Override
            public void open(Path file) {
                desktop.add("open " + file);
            }

            @Override
            public void showInFolder(Path file) {
                desktop.add("folder " + file);
            }
        });
        menu("menuNoteSavePdf");

        assertThat(dialogs.fileTitles).containsExactly("Gem budgetnotatet som PDF");
        assertThat(dialogs.savedNotices).containsExactly("Budgetnotatet er gemt i " + pdf + ".");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("BI2").contains("Tabel 2").contains("160.100").contains("Tabel 5").contains("9.400");
        }
        // "Vis i mappe" went to the desktop
        waitUntil(() -> !desktop.isEmpty());
        assertThat(desktop).containsExactly("folder " + pdf);
    }

    @Test
    void printShowsTheNotesPagesInThePreview() {
        openExample();
        menu("menuNotePrint");
        waitUntil(() -> previewWindow() != null);
        Window preview = previewWindow();
        assertThat(((Stage) preview).getTitle()).isEqualTo("Udskriftsvisning – budgetnotat BI2");
        Label pages = from(preview.getScene().getRoot()).lookup("#bilagPreviewPageLabel").query();
        assertThat(pages.getText()).matches("Side 1 af [1-9][0-9]*");
        // a note carries its own date and no appendix number
        assertThat(from(preview.getScene().getRoot()).lookup("#bilagNumberSpinner").tryQuery()).isEmpty();
        waitUntil(() -> from(preview.getScene().getRoot()).lookup("#bilagPreviewPage").tryQuery().isPresent());
        interact(((Stage) preview)::close);
    }
}
