package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed files: each gives exit code 1, a message naming the place, and leaves the
 * database exactly as before — even with --replace over an existing round.
 */
class ImportErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE = """
            {"format":"overfoersel/1",
             "round":{"administration":"Testforvaltningen","committee":"Testudvalget","accountsYear":2020,
                      "budgetYear":2021,"earlyDecisionDate":"2020-11-26",
                      "underspendLines":[{"text":"Mindreforbrug","amount":3000000.00}]},
             "transfers":[
               {"number":1,"title":"Første","schedule":3,"amount":1000000.00,"earlyApproved":0.00,
                "commitments":[{"party":"Firma","description":"Kontrakt","amount":500000.00,"status":"SIGNED"}]},
               {"number":2,"title":"Anden","schedule":2,"amount":200000.00,"earlyApproved":0.00}]}
            """;

    @TempDir
    Path dir;
    CliRunner cli;
    String before;

    @BeforeEach
    void storeAValidRound() throws Exception {
        cli = new CliRunner(dir);
        Path valid = dir.resolve("valid.json");
        Files.writeString(valid, BASE);
        assertThat(cli.run("import", valid.toString()).code()).isZero();
        before = cli.run("export", dir.resolve("before.json").toString()).code() == 0
                ? Files.readString(dir.resolve("before.json")) : null;
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                bad("unknown field", r -> transfer(r, 0).put("colour", "rød"), "transfers[0] (overførsel 1).colour: ukendt felt"),
                bad("wrong type", r -> transfer(r, 0).put("number", "ti"), "transfers[0].number: skal være et heltal, ikke \"ti\""),
                bad("third decimal", r -> transfer(r, 0).put("amount", new BigDecimal("1000.005")),
                        "transfers[0] (overførsel 1).amount: 1000.005 har mere end to decimaler"),
                bad("negative amount", r -> transfer(r, 1).put("amount", new BigDecimal("-5.00")),
                        "transfers[1] (overførsel 2).amount: beløbet må ikke være negativt (-5,00 kr.)"),
                bad("missing amount", r -> transfer(r, 1).remove("amount"), "transfers[1] (overførsel 2).amount: beløbet mangler"),
                bad("early above amount", r -> transfer(r, 1).put("earlyApproved", new BigDecimal("200000.01")),
                        "transfers[1] (overførsel 2).earlyApproved: den tidligt godkendte del 200.000,01 kr. er større end beløbet 200.000,00 kr."),
                bad("duplicate number", r -> transfer(r, 1).put("number", 1),
                        "transfers[1] (overførsel 1).number: overførselsnummer 1 er også brugt af transfers[0]"),
                bad("schedule", r -> transfer(r, 0).put("schedule", 4), "transfers[0] (overførsel 1).schedule: skemaet skal være 2 eller 3, ikke 4"),
                bad("unknown status", r -> commitment(r).put("status", "SIGND"),
                        "transfers[0] (overførsel 1).commitments[0].status: ukendt status „SIGND“"),
                bad("zero commitment", r -> commitment(r).put("amount", new BigDecimal("0.00")),
                        "transfers[0] (overførsel 1).commitments[0].amount: aftalens beløb skal være større end 0"),
                bad("unknown format", r -> r.put("format", "overførsel/2"),
                        "format: ukendt format „overførsel/2“ (forventet „overfoersel/1“)"),
                bad("newer format", r -> r.put("format", "overfoersel/3"),
                        "format: filen er i formatet „overfoersel/3“, som er nyere end dette program"),
                bad("figure without alt text", r -> transfer(r, 0).putArray("figures").addObject()
                                .put("name", "figur-1.svg").put("data", "PHN2Zy8+"),
                        "transfers[0] (overførsel 1).figures[0].altText: figuren mangler en alternativ tekst"),
                bad("missing administration", r -> ((ObjectNode) r.get("round")).remove("administration"),
                        "round.administration: mangler"),
                bad("bad date", r -> ((ObjectNode) r.get("round")).put("earlyDecisionDate", "2020-13-01"),
                        "round.earlyDecisionDate: „2020-13-01“ er ikke en dato"),
                bad("amount as text", r -> transfer(r, 0).put("amount", "1.000.000,00"),
                        "transfers[0] (overførsel 1).amount: skal være et tal i kroner, ikke \"1.000.000,00\""),
                bad("transfers not a list", r -> r.put("transfers", "ingen"), "transfers: skal være en liste"),
                bad("budget year before accounts year", r -> ((ObjectNode) r.get("round")).put("budgetYear", 2019),
                        "round.budgetYear: budgetåret 2019 skal ligge efter regnskabsåret 2020"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedFileIsRejectedWithItsPlaceAndNothingIsWritten(String name, Consumer<ObjectNode> mutation, String message)
            throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(BASE);
        mutation.accept(root);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, MAPPER.writeValueAsString(root));

        CliRunner.Result result = cli.run("import", "--replace", file.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains(message).contains("intet er gemt").doesNotContain("Exception").doesNotContain("\tat ");
        assertDatabaseUnchanged();
    }

    @Test
    void allErrorsOfAFileAreReportedAtOnce() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(BASE);
        transfer(root, 0).put("schedule", 5);
        commitment(root).put("status", "DONE");
        transfer(root, 1).remove("title");
        root.put("extra", true);
        Path file = dir.resolve("many.json");
        Files.writeString(file, MAPPER.writeValueAsString(root));

        CliRunner.Result result = cli.run("import", "--replace", file.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("(4 fejl)", "extra: ukendt felt", "transfers[0] (overførsel 1).schedule",
                "transfers[0] (overførsel 1).commitments[0].status", "transfers[1] (overførsel 2).title: mangler");
        assertDatabaseUnchanged();
    }

    @Test
    void notJsonNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"overfoersel/1\",\n  \"round\": {,}\n}");
        CliRunner.Result result = cli.run("import", file.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("linje 2, kolonne").contains("ikke gyldig JSON");
        assertDatabaseUnchanged();
    }

    @Test
    void duplicateKeysAreAnError() throws Exception {
        Path file = dir.resolve("dup.json");
        Files.writeString(file, BASE.replace("\"number\":2,", "\"number\":2,\"number\":3,"));
        CliRunner.Result result = cli.run("import", file.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("ikke gyldig JSON").contains("number");
        assertDatabaseUnchanged();
    }

    @Test
    void aMissingFileIsABadInputNotACrash() {
        CliRunner.Result result = cli.run("import", dir.resolve("nowhere.json").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("findes ikke");
    }

    private void assertDatabaseUnchanged() throws Exception {
        Path after = dir.resolve("after.json");
        assertThat(cli.run("export", after.toString()).code()).isZero();
        assertThat(Files.readString(after)).isEqualTo(before);
        assertThat(cli.run("rounds").out()).contains("Testforvaltningen").hasLineCount(2);
    }

    private static Arguments bad(String name, Consumer<ObjectNode> mutation, String message) {
        return Arguments.of(name, mutation, message);
    }

    private static ObjectNode transfer(ObjectNode root, int index) {
        return (ObjectNode) ((ArrayNode) root.get("transfers")).get(index);
    }

    private static ObjectNode commitment(ObjectNode root) {
        return (ObjectNode) transfer(root, 0).get("commitments").get(0);
    }
}
