import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.exchange.XlsxCaseWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes the malformed workbooks of the import corpus (src/test/resources/corpus/xlsx): the example
 * round's export with one thing wrong each, and the expected error line into corpus/expected-xlsx.tsv.
 * Run from the project root after a build:
 * java -cp target/classes:$(cat cp.txt) scripts/corpus/MakeXlsxCorpus.java
 */
public class MakeXlsxCorpus {

    record Case(String name, byte[] content, String expected) {
    }

    static final List<Case> CASES = new ArrayList<>();
    static byte[] example;

    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxCaseWriter().write(ExampleRound.load(), out);
        example = out.toByteArray();
        String big = "x".repeat(40_000);

        raw("json-renamed", Files.readAllBytes(Path.of("resources/examples/bif-2008.json")), "Filen er ikke et Excel-regneark (.xlsx)");
        raw("empty", new byte[0], "Filen er tom.");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        raw("random-bytes", noise, "Filen er ikke et Excel-regneark (.xlsx)");
        raw("truncated-zip", java.util.Arrays.copyOf(example, example.length / 2), "Regnearket er beskadiget");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Skema 3");
            old.write(xls);
        }
        raw("old-xls-format", xls.toByteArray(), "Filen er i Excels gamle format (.xls)");

        edit("sheet-missing", wb -> wb.removeSheetAt(wb.getSheetIndex("Aftaler")), "Arket „Aftaler“ mangler i regnearket.");
        edit("transfer-below-totals", wb -> {
            Row r = wb.getSheet("Overførsler").createRow(11);
            r.createCell(0).setCellValue(17);
            r.createCell(1).setCellValue("Glemt overførsel");
            r.createCell(2).setCellValue(3);
            r.createCell(3).setCellValue(100000);
        }, "Overførsler!A12: rækken står under „I alt“-rækken og kan ikke læses");
        edit("commitment-below-totals", wb -> {
            Row r = wb.getSheet("Aftaler").createRow(12);
            r.createCell(0).setCellValue(10);
            r.createCell(1).setCellValue("Firma");
            r.createCell(3).setCellValue(1000);
            r.createCell(4).setCellValue("Planlagt");
        }, "Aftaler!A13: rækken står under „I alt“-rækken");
        edit("line-below-totals", wb -> {
            Row r = wb.getSheet("Mindreforbrug").createRow(12);
            r.createCell(0).setCellValue("Sent mindreforbrug");
            r.createCell(1).setCellValue(5000);
        }, "Mindreforbrug!A13: rækken står under „I alt“-rækken");
        edit("title-over-32767", wb -> inline(cell(wb, "Overførsler", 1, 1), big),
                "Overførsler!B2: teksten er 40.000 tegn lang; en celle i Excel kan højst rumme 32.767 tegn");
        edit("background-over-32767", wb -> inline(cell(wb, "Overførsler", 2, 5), big),
                "Overførsler!F3: teksten er 40.000 tegn lang");
        edit("amount-text", wb -> cell(wb, "Overførsler", 1, 3).setCellValue("abc"), "Overførsler!D2: skal være et tal i kroner, ikke \"abc\"");
        edit("amount-third-decimal", wb -> cell(wb, "Overførsler", 3, 3).setCellValue(4500000.125), "Overførsler!D4: 4500000.125 har mere end to decimaler");
        edit("amount-huge-exponent", wb -> rawValue(cell(wb, "Overførsler", 3, 3), "1E+999999999"), "Overførsler!D4: 1E+999999999 er for stort");
        edit("amount-negative", wb -> cell(wb, "Overførsler", 3, 3).setCellValue(-5), "Overførsler!D4: beløbet må ikke være negativt (-5,00 kr.)");
        edit("amount-error-cell", wb -> {
            Cell c = cell(wb, "Overførsler", 3, 3);
            c.setCellFormula("1/0");
            c.setCellErrorValue(FormulaError.DIV0.getCode());
        }, "Overførsler!D4: cellen indeholder en fejl eller en ugyldig værdi");
        edit("early-above-amount", wb -> cell(wb, "Overførsler", 3, 4).setCellValue(5000000), "Overførsler!E4: den tidligt godkendte del 5.000.000,00 kr. er større end beløbet 4.500.000,00 kr.");
        edit("schedule-4", wb -> cell(wb, "Overførsler", 1, 2).setCellValue(4), "Overførsler!C2: skemaet skal være 2 eller 3, ikke 4");
        edit("number-zero", wb -> cell(wb, "Overførsler", 1, 0).setCellValue(0), "Overførsler!A2: overførselsnummeret skal være et positivt heltal, ikke 0");
        edit("number-duplicate", wb -> cell(wb, "Overførsler", 2, 0).setCellValue(10), "Overførsler!A3: overførselsnummer 10 står også i Overførsler!A2");
        edit("number-text", wb -> cell(wb, "Overførsler", 1, 0).setCellValue("ti"), "Overførsler!A2: skal være et heltal, ikke \"ti\"");
        edit("title-blank", wb -> cell(wb, "Overførsler", 1, 1).setCellValue("  "), "Overførsler!B2: Titlen skal udfyldes");
        edit("schedule-text", wb -> cell(wb, "Overførsler", 1, 2).setCellValue("tre"), "Overførsler!C2: skal være et heltal, ikke \"tre\"");
        edit("title-1001", wb -> cell(wb, "Overførsler", 1, 1).setCellValue("T".repeat(1001)), "Overførsler!B2: Titlen er 1.001 tegn lang");
        edit("status-unknown", wb -> cell(wb, "Aftaler", 1, 4).setCellValue("Bestilt"), "Aftaler!E2: ukendt status „Bestilt“");
        edit("commitment-unknown-transfer", wb -> cell(wb, "Aftaler", 1, 0).setCellValue(99), "Aftaler!A2: overførsel 99 findes ikke på arket „Overførsler“");
        edit("commitment-amount-zero", wb -> cell(wb, "Aftaler", 1, 3).setCellValue(0), "Aftaler!D2: aftalens beløb skal være større end 0");
        edit("party-501", wb -> cell(wb, "Aftaler", 1, 1).setCellValue("P".repeat(501)), "Aftaler!B2: Parten er 501 tegn lang");
        edit("accounts-year-text", wb -> cell(wb, "Skema 3", 4, 1).setCellValue("abc"), "Skema 3!B5: skal være et heltal, ikke \"abc\"");
        edit("budget-year-before", wb -> cell(wb, "Skema 3", 5, 1).setCellValue(2007), "Skema 3!B6: budgetåret 2007 skal ligge efter regnskabsåret 2008");
        edit("administration-blank", wb -> cell(wb, "Skema 3", 2, 1).setCellValue(" "), "Skema 3!B3: Forvaltningen skal udfyldes");
        edit("date-31-february", wb -> cell(wb, "Skema 3", 6, 1).setCellValue("31.02.2008"), "Skema 3!B7: „31.02.2008“ er ikke en dato");
        edit("date-out-of-range", wb -> cell(wb, "Skema 3", 6, 1).setCellValue(1e10), "Skema 3!B7: datoen ligger i år 3862607, uden for årene 1900 til 2999");
        edit("line-amount-text", wb -> cell(wb, "Mindreforbrug", 1, 1).setCellValue("ti kroner"), "Mindreforbrug!B2: skal være et tal i kroner, ikke \"ti kroner\"");
        edit("lines-sum-overflow", wb -> {
            cell(wb, "Mindreforbrug", 1, 1).setCellValue(1);
            rawValue(cell(wb, "Mindreforbrug", 1, 1), "9999999999999.99");
            cell(wb, "Mindreforbrug", 2, 1).setCellValue(1);
            rawValue(cell(wb, "Mindreforbrug", 2, 1), "9999999999999.99");
        }, "Summen af mindreforbrugets linjer (uden fortegn) bliver større end det største beløb");

        Path root = Path.of("src/test/resources/corpus");
        Path dir = root.resolve("xlsx");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        StringBuilder tsv = new StringBuilder("# file\tthe error line the import must print (place: message)\n");
        int i = 0;
        for (Case c : CASES) {
            String file = String.format("%03d-%s.xlsx", ++i, c.name());
            Files.write(dir.resolve(file), c.content());
            tsv.append(file).append('\t').append(c.expected()).append('\n');
        }
        Files.writeString(root.resolve("expected-xlsx.tsv"), tsv, StandardCharsets.UTF_8);
        System.out.println(CASES.size() + " XLSX files");
    }

    static void raw(String name, byte[] content, String expected) {
        CASES.add(new Case(name, content, expected));
    }

    static void edit(String name, Consumer<XSSFWorkbook> change, String expected) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(example))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            CASES.add(new Case(name, out.toByteArray(), expected));
        }
    }

    static Cell cell(XSSFWorkbook wb, String sheet, int row, int column) {
        Sheet s = wb.getSheet(sheet);
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        return r.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    /** A text longer than POI lets a program write (Excel's limit): as an inline string in the XML. */
    static void inline(Cell cell, String text) {
        var ct = ((XSSFCell) cell).getCTCell();
        cell.setBlank();
        ct.setT(STCellType.INLINE_STR);
        ct.addNewIs().setT(text);
    }

    /** The stored text of a number cell, as another program may have written it. */
    static void rawValue(Cell cell, String v) {
        ((XSSFCell) cell).getCTCell().setV(v);
    }
}
