package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage errors exit with 2 and a Danish message; export chooses its format by the file's extension. */
class UsageErrorsTest {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void example() {
        cli = new CliRunner(dir);
        assertThat(cli.run("example").code()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "export --round abc x.json        | „abc“ er ikke en gyldig værdi for --round",
            "export --format pdf x.pdf        | ukendt format „pdf“ (skriv json eller xlsx)",
            "export --format json x.xlsx      | --format json passer ikke til filen x.xlsx",
            "export --format xlsx x.json      | --format xlsx passer ikke til filen x.json",
            "bilag --number 0 --output x.pdf  | bilagets nummer skal være et positivt heltal, ikke 0",
            "bilag --number tre --output x.pdf| „tre“ er ikke en gyldig værdi for --number",
            "summary --round 1 --round 2      | --round er angivet mere end én gang",
            "import                           | mangler: FIL.json|FIL.xlsx",
            "frobnicate                       | ukendt kommando eller argument: frobnicate"})
    void aUsageErrorExitsWithTwoInDanish(String command, String message) {
        String[] args = command.strip().split("\\s+");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("x.")) {
                args[i] = dir.resolve(args[i]).toString().replace(dir.resolve("x").toString(), dir.resolve("x").toString());
            }
        }
        CliRunner.Result r = cli.run(args);
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).startsWith("Forkert brug: ").contains(message.strip()).contains("--help")
                .doesNotContain("Invalid").doesNotContain("Exception").doesNotContain("should be");
        assertThat(dir).isDirectoryNotContaining("glob:**/x.*");
    }

    @Test
    void exportChoosesTheFormatByTheExtension() throws Exception {
        Path xlsx = dir.resolve("runde.XLSX");
        Path json = dir.resolve("runde.json");
        Path other = dir.resolve("runde.txt");
        assertThat(cli.run("export", xlsx.toString()).code()).isZero();
        assertThat(cli.run("export", json.toString()).code()).isZero();
        assertThat(cli.run("export", "--format", "xlsx", other.toString()).code()).isZero();
        assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');   // a zip: the workbook
        assertThat(Files.readAllBytes(other)).startsWith('P', 'K');
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(cli.run("import", "--replace", xlsx.toString()).code()).isZero();
    }

    @Test
    void commandsLeaveNoStackTraceInTheTraceFile() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(cli.run("summary").code()).isZero();
        }
        Path trace = dir.resolve("db.trace.db");
        // (under Surefire's -ea, H2 2.4 may trace an assertion of its own while compacting on close; not ours)
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("already closed");
    }
}
