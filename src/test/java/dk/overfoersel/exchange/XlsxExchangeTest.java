package dk.overfoersel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.overfoersel.bench.GeneratedCase;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.TransferCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Excel workbook: what it holds, the round trip, and the errors of a badly edited workbook. */
class XlsxExchangeTest {

    private static byte[] write(TransferCase c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxCaseWriter().write(c, out);
        return out.toByteArray();
    }

    private static TransferCase read(byte[] bytes) throws Exception {
        return new XlsxCaseReader().read(new ByteArrayInputStream(bytes));
    }

    private static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(XSSFWorkbook wb, String sheet, int row, int column) {
        Sheet s = wb.getSheet(sheet);
        var r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    @Test
    void roundTripEqualsTheJsonRoundTrip() throws Exception {
        TransferCase example = ExampleRound.load();
        String json = new JsonCaseWriter().write(example);
        assertThat(new JsonCaseWriter().write(read(write(example)))).isEqualTo(json);
    }

    @Test
    void roundTripOfAGeneratedRoundWithOereAndOverspend() throws Exception {
        TransferCase many = GeneratedCase.of(60, 3, 11);
        assertThat(new JsonCaseWriter().write(read(write(many)))).isEqualTo(new JsonCaseWriter().write(many));
    }

    @Test
    void sheetsHaveDanishHeadingsNumberCellsAndTotalsAsFormulas() throws Exception {
        TransferCase example = ExampleRound.load();
        Summary s = example.runningSum().summary();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(example)))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Skema 3");
            assertThat(wb.getSheet("Overførsler").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Beløb (kr.)");
            XSSFCell amount = (XSSFCell) cell(wb, "Overførsler", 1, 3);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new BigDecimal(amount.getRawValue())).isEqualByComparingTo("15739000.00");
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell total = cell(wb, "Overførsler", 8, 3);
            assertThat(cell(wb, "Overførsler", 8, 0).getStringCellValue()).isEqualTo("I alt");
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(D2:D8)");
            // the cached results of the formulas agree with the running sum (compared in øre, exactly)
            assertThat(cached(wb, "Overførsler", 8, 3)).isEqualTo(s.requestedTotal());
            assertThat(cached(wb, "Overførsler", 8, 10)).isEqualTo(s.skema3AtRisk());
            assertThat(cached(wb, "Skema 3", 9, 1)).isEqualTo(s.netUnderspend());
            assertThat(cached(wb, "Skema 3", 11, 1)).isEqualTo(s.ceiling());
            assertThat(cached(wb, "Skema 3", 14, 1)).isEqualTo(s.skema3AtRisk());
            assertThat(cell(wb, "Skema 3", 14, 1).getCellFormula()).startsWith("SUMIF(");
            assertThat(cell(wb, "Aftaler", 1, 4).getStringCellValue()).isEqualTo("Underskrevet");
            assertThat(cell(wb, "Mindreforbrug", 8, 1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    /** A formula's cached value, as øre: the text POI stores, read as a decimal. */
    private static Money cached(XSSFWorkbook wb, String sheet, int row, int column) {
        return Money.ofKroner(new BigDecimal(((XSSFCell) cell(wb, sheet, row, column)).getRawValue()));
    }

    @Test
    void everyErrorIsReportedAtOnceWithSheetRowAndColumn() throws Exception {
        byte[] bad = edit(write(ExampleRound.load()), wb -> {
            cell(wb, "Overførsler", 2, 3).setCellValue("abc");            // D3: text for an amount
            cell(wb, "Overførsler", 3, 3).setCellValue(1234.567);         // D4: a third decimal
            cell(wb, "Overførsler", 4, 1).setBlank();                     // B5: no title
            cell(wb, "Overførsler", 5, 0).setCellValue(10);               // A6: number 10 twice
            cell(wb, "Overførsler", 6, 4).setCellValue(99_000_000);       // E7: early above amount
            cell(wb, "Aftaler", 1, 4).setCellValue("Måske");              // E2: unknown status
            cell(wb, "Aftaler", 2, 0).setCellValue(99);                   // A3: no transfer 99
            cell(wb, "Skema 3", 2, 1).setCellValue(" ");                  // B3: blank administration
            cell(wb, "Mindreforbrug", 1, 1).setCellValue("ti kroner");    // B2: not an amount
        });
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(bad));
        assertThat(e).isNotNull();
        assertThat(e.messages()).anySatisfy(m -> assertThat(m).startsWith("Overførsler!D3: ").contains("tal i kroner"))
                .anySatisfy(m -> assertThat(m).startsWith("Overførsler!D4: ").contains("1234.567").contains("to decimaler"))
                .anySatisfy(m -> assertThat(m).startsWith("Overførsler!B5: ").contains("mangler"))
                .anySatisfy(m -> assertThat(m).startsWith("Overførsler!A6: ").contains("10").contains("Overførsler!A2"))
                .anySatisfy(m -> assertThat(m).startsWith("Overførsler!E7: ").contains("tidligt godkendte"))
                .anySatisfy(m -> assertThat(m).startsWith("Aftaler!E2: ").contains("Måske").contains("Under forhandling"))
                .anySatisfy(m -> assertThat(m).startsWith("Aftaler!A3: ").contains("99"))
                .anySatisfy(m -> assertThat(m).startsWith("Skema 3!B3: ").contains("Forvaltningen skal udfyldes"))
                .anySatisfy(m -> assertThat(m).startsWith("Mindreforbrug!B2: ").contains("ti kroner"));
        assertThat(e.messages()).noneMatch(m -> m.contains("transfers[") || m.contains("round."));
        assertThat(e.messages()).filteredOn(m -> m.startsWith("Aftaler!E2")).hasSize(1);
    }

    @Test
    void excelsSeventeenDigitTextOfATwoDecimalAmountIsThatAmountButAThirdDecimalIsNot() throws Exception {
        assertThat(XlsxCaseReader.exact("1234.5599999999999")).isEqualTo(new BigDecimal("1234.56"));
        assertThat(XlsxCaseReader.exact("0.10000000000000001")).isEqualTo(new BigDecimal("0.1"));
        assertThat(XlsxCaseReader.exact("15739000")).isEqualTo(new BigDecimal("15739000"));
        assertThat(XlsxCaseReader.exact("1.5739E7")).isEqualTo(new BigDecimal("15739000"));
        assertThat(XlsxCaseReader.exact("1.005")).isEqualTo(new BigDecimal("1.005"));
        assertThat(XlsxCaseReader.exact("1.0049999999999999")).isEqualTo(new BigDecimal("1.0049999999999999"));
        assertThat(XlsxCaseReader.exact("0.30000000000000004")).isEqualTo(new BigDecimal("0.30000000000000004"));

        byte[] edited = edit(write(ExampleRound.load()), wb ->
                ((XSSFCell) cell(wb, "Overførsler", 1, 3)).getCTCell().setV("15739000.199999999"));
        assertThat(read(edited).transfers().get(0).amount()).isEqualTo(Money.ofOere(15_739_000_20L));
        byte[] third = edit(write(ExampleRound.load()), wb ->
                ((XSSFCell) cell(wb, "Overførsler", 1, 3)).getCTCell().setV("0.30000000000000004"));
        assertThatThrownBy(() -> read(third)).isInstanceOf(ImportException.class)
                .hasMessageContaining("Overførsler!D2: 0.30000000000000004 har mere end to decimaler");
    }

    @Test
    void aDanishAmountTypedAsTextIsReadExactly() throws Exception {
        byte[] edited = edit(write(ExampleRound.load()), wb -> cell(wb, "Mindreforbrug", 1, 1).setCellValue("10.800.000,25"));
        TransferCase c = read(edited);
        assertThat(c.round().underspendLines().get(0).amount()).isEqualTo(Money.ofOere(10_800_000_25L));
    }

    @Test
    void aMissingSheetOrAFileThatIsNoWorkbookIsAnError() throws Exception {
        byte[] noCommitments = edit(write(ExampleRound.load()), wb -> wb.removeSheetAt(wb.getSheetIndex("Aftaler")));
        assertThatThrownBy(() -> read(noCommitments)).isInstanceOf(ImportException.class)
                .hasMessageContaining("Arket „Aftaler“ mangler");
        assertThatThrownBy(() -> read("{\"format\":\"overfoersel/1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessageContaining("ikke et Excel-regneark");
    }
}
