package dk.overfoersel.exchange.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.exchange.ImportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class NoteXlsxTest {

    static byte[] workbook(BudgetNote note) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NoteXlsxWriter().write(note, out);
        return out.toByteArray();
    }

    static BudgetNote read(byte[] bytes) throws Exception {
        return new NoteXlsxReader().read(new ByteArrayInputStream(bytes));
    }

    @Test
    void theExampleGoesThroughExcelUnchanged() throws Exception {
        BudgetNote example = ExampleNote.load();
        BudgetNote back;
        try {
            back = read(workbook(example));
        } catch (ImportException e) {
            throw new AssertionError(e.messages().toString(), e);
        }
        assertThat(new NoteJsonWriter().write(back)).isEqualTo(new NoteJsonWriter().write(example));
    }

    @Test
    void oneSheetPerTableWithTotalsAsFormulas() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(ExampleNote.load())))) {
            assertThat(wb.getSheet("Notat").getRow(0).getCell(1).getStringCellValue()).isEqualTo("BI2");
            XSSFSheet t2 = wb.getSheet("Tabel 2");
            assertThat(t2.getRow(0).getCell(2).getNumericCellValue()).isEqualTo(2016d);
            // the rows 2..15, a blank row, then Service, Efterspørgselsstyrede overførsler and I alt
            assertThat(t2.getRow(16).getCell(0).getStringCellValue()).isEqualTo("Service");
            assertThat(t2.getRow(16).getCell(2).getCellFormula()).isEqualTo("SUMIFS(C2:C15,$A$2:$A$15,\"Service\")");
            assertThat(t2.getRow(16).getCell(2).getNumericCellValue()).isEqualTo(28300d);
            assertThat(t2.getRow(16).getCell(6).getNumericCellValue()).isEqualTo(160100d);
            assertThat(t2.getRow(17).getCell(2).getNumericCellValue()).isEqualTo(-900d);
            assertThat(t2.getRow(1).getCell(6).getCellFormula()).isEqualTo("SUM(C2:F2)");
            XSSFSheet t5 = wb.getSheet("Tabel 5");
            assertThat(t5.getRow(6).getCell(1).getCellFormula()).isEqualTo("SUM(B2:B5)");
            assertThat(t5.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(9400d);
            assertThat(t5.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Angivet i alt");
            assertThat(t5.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(9300d);
            assertThat(wb.getSheet("Tabel 4").getRow(10).getCell(3).getNumericCellValue()).isEqualTo(28000d);
        }
    }

    @Test
    void errorsNameSheetAndCell() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(ExampleNote.load())))) {
            wb.getSheet("Tabel 2").getRow(3).getCell(3).setCellValue(12.5);
            wb.getSheet("Tabel 2").getRow(4).getCell(0).setCellValue("Drift");
            wb.getSheet("Tabel 3").getRow(2).getCell(4).setCellValue("mange");
            wb.getSheet("Tabel 5").getRow(1).getCell(4).setCellValue("Budgetaftale 1999");
            wb.getSheet("Notat").getRow(3).getCell(1).setCellValue("31.02.2015");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).messages()).containsExactlyInAnyOrder(
                        "Notat!B4: „31.02.2015“ er ikke en dato (ÅÅÅÅ-MM-DD)",
                        "Tabel 2!D4: 12.5 er ikke et helt antal tusinde kroner",
                        "Tabel 2!A5: ukendt styringsområde „Drift“ (SERVICE, TRANSFERS eller CONSTRUCTION)",
                        "Tabel 3!E3: skal være et tal i 1.000 kr., ikke \"mange\"",
                        "Tabel 5!E2: „Budgetaftale 1999“ er ikke en række i tabel 4 (earlierFunds)"));
    }

    @Test
    void notAWorkbook() {
        assertThatThrownBy(() -> read("hej".getBytes())).isInstanceOf(ImportException.class)
                .hasMessage("Filen er ikke et Excel-regneark (.xlsx).");
    }
}
