package dk.overfoersel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.TransferCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Coverage-guided fuzz tests (Jazzer) of the JSON reader, the XLSX reader and the amount parser: any
 * input ends in a valid case (which then exports and reads back to the same case) or in Danish errors
 * with their place — never another exception, an OutOfMemoryError or a hang.
 *
 * <p>{@code mvn verify} replays the inputs in {@code src/test/resources/dk/overfoersel/exchange/ReadersFuzzTestInputs/}.
 * To fuzz one target: {@code JAZZER_FUZZ=1 mvn -B test -Dtest='ReadersFuzzTest#json'}; what it finds is
 * written into that directory (then make it pass and keep it), the corpus it grows into {@code .cifuzz-corpus/}.
 */
class ReadersFuzzTest {

    /** What must never appear in a user's message: library text, class names, stack traces. */
    private static final List<String> FOREIGN = List.of("Exception", "java.lang", "java.io", "java.util", "java.nio",
            "org.apache", "org.h2", "com.fasterxml", "Jackson", "POI", "bugzilla", "JsonReadFeature", "getMax", "SQL",
            "\tat ", "Caused by");

    private static final byte[] EXAMPLE_XLSX = exampleWorkbook();

    @FuzzTest(maxDuration = "4m")
    void json(byte[] data) throws IOException {
        TransferCase c;
        try {
            c = new JsonCaseReader().read(new ByteArrayInputStream(data));
        } catch (ImportException e) {
            assertDanishWithPlaces(e);
            return;
        }
        assertRoundTrips(c);
    }

    /**
     * The example's workbook with a few cells replaced by fuzzed values (texts, numbers, the raw stored
     * text of a number cell, blanks), anywhere on the four sheets, also below the totals rows.
     */
    @FuzzTest(maxDuration = "4m")
    void xlsx(FuzzedDataProvider data) throws IOException {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(EXAMPLE_XLSX))) {
            int edits = data.consumeInt(1, 6);
            for (int i = 0; i < edits; i++) {
                Sheet sheet = wb.getSheetAt(data.consumeInt(0, wb.getNumberOfSheets() - 1));
                int r = data.consumeInt(0, 18);
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = row.getCell(data.consumeInt(0, 11), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                switch (data.consumeInt(0, 3)) {
                    case 0 -> cell.setCellValue(data.consumeString(200));
                    case 1 -> cell.setCellValue(data.consumeDouble());
                    case 2 -> {
                        cell.setCellValue(1);
                        ((XSSFCell) cell).getCTCell().setV(data.consumeAsciiString(40));
                    }
                    default -> cell.setBlank();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            workbook = out.toByteArray();
        } catch (RuntimeException e) {
            return; // POI refused to build this workbook: not an input the reader can get
        }
        TransferCase c;
        try {
            c = new XlsxCaseReader().read(new ByteArrayInputStream(workbook));
        } catch (ImportException e) {
            assertDanishWithPlaces(e);
            return;
        }
        assertRoundTrips(c);
    }

    @FuzzTest(maxDuration = "2m")
    void amount(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Money m;
        try {
            m = DanishFormat.parseAmount(text);
        } catch (DanishFormat.AmountFormatException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(400);
            assertNoForeignText(e.getMessage());
            return;
        }
        assertThat(m.abs().compareTo(Money.MAX)).isLessThanOrEqualTo(0);
        assertThat(DanishFormat.parseAmount(DanishFormat.amount(m))).isEqualTo(m);
    }

    private static void assertDanishWithPlaces(ImportException e) {
        assertThat(e.errors()).isNotEmpty();
        for (ImportError error : e.errors()) {
            assertThat(error.message()).isNotBlank().hasSizeLessThan(1000);
            assertNoForeignText(error.toString());
            if (!error.path().isEmpty()) {
                assertThat(error.place()).as("the place of " + error.path()).isNotEmpty();
            }
        }
    }

    private static void assertNoForeignText(String message) {
        for (String foreign : FOREIGN) {
            assertThat(message).as("library text in a message").doesNotContain(foreign);
        }
    }

    /** A case that was read is valid: it writes and reads back to the same case. */
    private static void assertRoundTrips(TransferCase c) throws IOException {
        String json = new JsonCaseWriter().write(c);
        try {
            assertThat(new JsonCaseReader().read(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .isEqualTo(c);
        } catch (ImportException e) {
            throw new AssertionError("a case that was read cannot be read back: " + e.getMessage(), e);
        }
    }

    private static byte[] exampleWorkbook() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsxCaseWriter().write(ExampleRound.load(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
