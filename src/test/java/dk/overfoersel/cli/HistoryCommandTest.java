package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path dir;

    @Test
    void showsTheImportAndOneLinePerChangedFieldOfAReplacedRound() throws Exception {
        CliRunner cli = new CliRunner(dir);
        CliRunner.Result example = cli.run("example");
        assertThat(example.code()).as(example.err()).isZero();
        Path exported = dir.resolve("runde.json");
        assertThat(cli.run("export", exported.toString()).code()).isZero();

        CliRunner.Result history = cli.run("history");
        assertThat(history.code()).isZero();
        String user = System.getProperty("user.name");
        assertThat(history.out().lines()).singleElement().satisfies(line -> {
            assertThat(line).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d  " + user + "  runde \\d+  Import: .*");
            assertThat(line).contains("(tom) → „Beskæftigelses- og Integrationsforvaltningen, regnskabsår 2008: 7 overførsler");
        });

        // a replacing import with one title changed: one more entry (the import), not one per field
        String json = Files.readString(exported).replace("\"Analyse af samarbejdet", "\"Analyse af det nye samarbejde");
        Files.writeString(exported, json);
        assertThat(cli.run("import", "--replace", exported.toString()).code()).isZero();
        assertThat(cli.run("history").out().lines()).hasSize(2);

        CliRunner.Result none = cli.run("history", "--transfer", "16");
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("Ingen ændringer registreret.");

        CliRunner.Result asJson = cli.run("history", "--json");
        assertThat(asJson.out()).contains("\"useCase\":\"import\"").contains("\"user\":\"" + user + "\"");
    }

    @Test
    void oneLinePerChangedFieldWithTransferNumberOldAndNewValue() {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("example").code()).isZero();
        try (var service = dk.overfoersel.app.Composition.caseServices(java.util.Map.of()).open(dir.resolve("db").toString())) {
            long round = service.resolveRound(null);
            var t = service.open(round).transfers().stream().filter(s -> s.value().number() == 12).findFirst().orElseThrow();
            var v = t.value();
            service.updateTransfer(t.id(), t.version(), new dk.overfoersel.domain.Transfer(12, "ESDH 2, anden fase", v.schedule(),
                    dk.overfoersel.domain.Money.ofKroner(4_600_000), v.earlyApproved(), v.background(), v.consequences(),
                    v.recommendation(), v.commitments()));
        }
        CliRunner.Result history = cli.run("history", "--transfer", "12");
        assertThat(history.code()).isZero();
        String user = System.getProperty("user.name");
        assertThat(history.out().lines()).hasSize(2);
        assertThat(history.out().lines().toList().get(0))
                .matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d  " + user + "  overførsel 12  Titel: „.+“ → „ESDH 2, anden fase“");
        assertThat(history.out().lines().toList().get(1)).endsWith("overførsel 12  Beløb: „4.500.000,00“ → „4.600.000,00“");
    }

    @Test
    void aTransferNumberNeedsARoundWhenThereAreSeveral() {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("history").out()).contains("Ingen ændringer registreret.");
        CliRunner.Result noRound = cli.run("history", "--transfer", "3");
        assertThat(noRound.code()).isEqualTo(1);
        assertThat(noRound.err()).contains("ingen runder");
    }
}
