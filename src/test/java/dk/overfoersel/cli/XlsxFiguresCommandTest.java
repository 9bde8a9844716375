package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestImages;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.exchange.JsonCaseReader;
import dk.overfoersel.exchange.JsonCaseWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures and the workbook: listed in "Figurer", kept by {@code import --replace} of the workbook. */
class XlsxFiguresCommandTest {

    @TempDir
    Path dir;

    @Test
    void theWorkbookListsTheFiguresAndAReplacingImportKeepsThem() throws Exception {
        CliRunner cli = new CliRunner(dir);
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>(example.transfers());
        Figure figure = TestImages.figure(1);
        transfers.replaceAll(t -> t.number() == 10 ? t.withImages(List.of(figure)).withCheckedAmounts(List.of("5,9 mio. kr.")) : t);
        Path json = dir.resolve("med-figurer.json");
        new JsonCaseWriter().write(new TransferCase(example.round(), transfers), json);
        assertThat(cli.run("import", json.toString()).code()).isZero();

        Path xlsx = dir.resolve("runde.xlsx");
        assertThat(cli.run("export", "--format", "xlsx", xlsx.toString()).code()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Figurer");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Navn");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(10);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("figur-1.png");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(figure.altText());
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(figure.size());
            assertThat(wb.getAllPictures()).as("images are not embedded").isEmpty();
        }

        CliRunner.Result imported = cli.run("import", "--replace", xlsx.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("regnearket indeholder ikke billeder; overførslerne har beholdt deres 1 gemte figur(er)");

        Path again = dir.resolve("igen.json");
        assertThat(cli.run("export", again.toString()).code()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(json));
        Transfer t10 = new JsonCaseReader().read(again).transfers().get(0);
        assertThat(t10.images().get(0).data()).isEqualTo(figure.data());
        assertThat(t10.checkedAmounts()).containsExactly("5,9 mio. kr.");
    }
}
