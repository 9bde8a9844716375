package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.overfoersel.app.Composition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void exampleSummaryExportImportOnATemporaryDatabase() throws Exception {
        CliRunner cli = new CliRunner(dir);

        CliRunner.Result example = cli.run("example");
        assertThat(example.code()).isZero();
        assertThat(example.out().strip()).isEqualTo("1");

        CliRunner.Result summary = cli.run("summary");
        assertThat(summary.code()).isZero();
        assertThat(summary.out())
                .contains("Beskæftigelses- og Integrationsforvaltningen: regnskabsår 2008 → budgetår 2009")
                .containsPattern("Loft \\(kan overføres i alt\\)\\s+49,1 mio\\. kr\\.\\s+49\\.139\\.000,00 kr\\.")
                .containsPattern("Anmodet i alt\\s+36,7 mio\\. kr\\.\\s+36\\.684\\.000,00 kr\\.")
                .containsPattern("Skema 3 i risiko.*18\\.484\\.000,00 kr\\.")
                .contains("15.739.000,00")
                .contains("! Overførsel 10:");

        CliRunner.Result json = cli.run("summary", "--json", "--round", "1");
        JsonNode s = new ObjectMapper().readTree(json.out());
        assertThat(s.get("ceiling").decimalValue()).isEqualByComparingTo("49139000.00");
        assertThat(s.get("requestedTotal").decimalValue()).isEqualByComparingTo("36684000.00");
        assertThat(s.get("headroom").decimalValue()).isEqualByComparingTo("12455000.00");
        assertThat(s.get("skema3AtRisk").decimalValue()).isEqualByComparingTo("18484000.00");
        assertThat(s.get("netUnderspend").decimalValue()).isEqualByComparingTo("23400000.00");
        assertThat(s.get("earlyTotal").decimalValue()).isEqualByComparingTo("25739000.00");
        assertThat(s.get("transfers")).hasSize(7);
        JsonNode ten = s.get("transfers").get(0);
        assertThat(ten.get("number").intValue()).isEqualTo(10);
        assertThat(ten.get("uncommitted").decimalValue()).isEqualByComparingTo("4839000.00");
        assertThat(s.get("warnings")).hasSize(1);
        assertThat(s.get("warnings").get(0).get("code").textValue()).isEqualTo("COMMITMENTS_EXCEED_AMOUNT");
        assertThat(s.get("warnings").get(0).get("transfer").intValue()).isEqualTo(10);
        assertThat(json.out()).contains("\"ceiling\":49139000.00");

        Path exported = dir.resolve("bif.json");
        assertThat(cli.run("export", exported.toString()).code()).isZero();
        assertThat(Files.readString(exported)).contains("\"format\":\"overfoersel/1\"", "\"amount\":15739000.00");

        CliRunner.Result again = cli.run("import", exported.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("findes allerede", "--replace");

        CliRunner.Result replaced = cli.run("import", "--replace", exported.toString());
        assertThat(replaced.code()).isZero();
        assertThat(replaced.out().strip()).isEqualTo("1");

        CliRunner.Result rounds = cli.run("rounds");
        assertThat(rounds.out()).contains("2008→2009").contains("Beskæftigelses- og Integrationsforvaltningen");
    }

    @Test
    void severalRoundsNeedARoundOption() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("example");
        String other = Files.readString(Path.of("resources/examples/bif-2008.json"))
                .replace("\"accountsYear\":2008", "\"accountsYear\":2009").replace("\"budgetYear\":2009", "\"budgetYear\":2010");
        Path file = dir.resolve("2009.json");
        Files.writeString(file, other);
        assertThat(cli.run("import", file.toString()).out().strip()).isEqualTo("2");

        CliRunner.Result ambiguous = cli.run("summary");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("2 runder", "--round");
        assertThat(cli.run("summary", "--round", "2").out()).contains("regnskabsår 2009 → budgetår 2010");

        CliRunner.Result missing = cli.run("export", "--round", "7", dir.resolve("x.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("Runde 7 findes ikke");
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }

    @Test
    void usageErrorsExitWithTwoAndADanishMessage() {
        CliRunner cli = new CliRunner(dir);
        CliRunner.Result unknown = cli.run("bogus");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Forkert brug", "bogus", "--help");

        CliRunner.Result missing = cli.run("import");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("mangler", "FIL.json");

        CliRunner.Result notANumber = cli.run("summary", "--round", "x");
        assertThat(notANumber.code()).isEqualTo(2);
    }

    @Test
    void emptyDatabaseSaysWhatToDo() {
        CliRunner.Result result = new CliRunner(dir).run("summary");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("ingen runder", "overfoersel example");
        assertThat(new CliRunner(dir).run("rounds").out()).contains("ingen runder");
    }

    @Test
    void helpIsDanishAndListsTheCommands() {
        CliRunner.Result help = new CliRunner(dir).run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Brug:", "Kommandoer:", "import", "export", "rounds", "summary", "example",
                "OVERFOERSEL_DB");
    }

    @Test
    void environmentVariableChoosesTheDatabase() {
        Path envDb = dir.resolve("from-env");
        StringWriter out = new StringWriter();
        int code = Cli.run(Composition.caseServices(Map.of("OVERFOERSEL_DB", envDb.toString())),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "example");
        assertThat(code).isZero();
        assertThat(Files.exists(dir.resolve("from-env.mv.db"))).isTrue();
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedNotThrown() throws Exception {
        Path notADb = dir.resolve("junk.mv.db");
        Files.writeString(notADb, "this is not a database");
        StringWriter err = new StringWriter();
        int code = Cli.run(Composition.caseServices(Map.of()), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "--db", notADb.toString(), "rounds");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("kan ikke åbnes").doesNotContain("\tat ");
    }
}
