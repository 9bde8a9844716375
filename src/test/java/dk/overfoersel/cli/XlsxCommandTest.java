package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.app.Composition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format xlsx} and {@code import FILE.xlsx} end to end on temporary databases. */
class XlsxCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve(db).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(Composition.caseServices(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void exportXlsxImportExportJsonGivesTheSameFile() throws IOException {
        assertThat(run("a", "example").code()).isEqualTo(Cli.OK);
        Path json = dir.resolve("a.json");
        Path xlsx = dir.resolve("a.xlsx");
        assertThat(run("a", "export", json.toString()).code()).isEqualTo(Cli.OK);
        Result exported = run("a", "export", "--format", "xlsx", xlsx.toString());
        assertThat(exported.code()).as(exported.err()).isEqualTo(Cli.OK);
        Result imported = run("b", "import", xlsx.toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(Cli.OK);
        Path again = dir.resolve("b.json");
        assertThat(run("b", "export", again.toString()).code()).isEqualTo(Cli.OK);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(json));
        assertThat(run("b", "summary", "--json").out()).isEqualTo(run("a", "summary", "--json").out());
    }

    @Test
    void aBadWorkbookChangesNothingAndNamesEveryCell() throws IOException {
        assertThat(run("a", "example").code()).isEqualTo(Cli.OK);
        Path xlsx = dir.resolve("a.xlsx");
        assertThat(run("a", "export", "--format", "xlsx", xlsx.toString()).code()).isEqualTo(Cli.OK);
        String before = run("a", "summary", "--json").out();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Overførsler").getRow(1).getCell(3).setCellValue(1.005); // D2: third decimal
            wb.getSheet("Overførsler").getRow(2).getCell(1).setCellValue("Ny titel");   // a valid change
            wb.getSheet("Aftaler").getRow(1).getCell(4).setCellValue("Bestilt");     // E2: unknown status
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Result r = run("a", "import", "--replace", xlsx.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("2 fejl").contains("intet er gemt")
                .contains("Overførsler!D2: 1.005 har mere end to decimaler")
                .contains("Aftaler!E2: ukendt status „Bestilt“");
        assertThat(run("a", "summary", "--json").out()).isEqualTo(before);
        Path json = dir.resolve("after.json");
        run("a", "export", json.toString());
        assertThat(Files.readString(json)).doesNotContain("Ny titel");
    }

    @Test
    void anUnknownExportFormatIsAnError() {
        assertThat(run("a", "example").code()).isEqualTo(Cli.OK);
        Result r = run("a", "export", "--format", "ods", dir.resolve("a.ods").toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("ukendt format „ods“");
    }
}
