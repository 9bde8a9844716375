package dk.overfoersel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestCases;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void exportImportExportGivesAnIdenticalFile() throws Exception {
        String shipped = new String(getClass().getResourceAsStream(ExampleRound.RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        try (CaseService service = new CaseService(Database.open(TestCases.url(dir)))) {
            long id = service.importCase(ExampleRound.load(), false);
            Path first = dir.resolve("first.json");
            new JsonCaseWriter().write(service.load(id), first);

            TransferCase back = new JsonCaseReader().read(first);
            service.importCase(back, true);
            Path second = dir.resolve("second.json");
            new JsonCaseWriter().write(service.load(id), second);

            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
            assertThat(Files.readString(first)).isEqualTo(shipped);
            assertThat(back).isEqualTo(ExampleRound.load());
        }
    }

    @Test
    void amountsAreReadExactlyNeverThroughDouble() throws Exception {
        String json = """
                {"format":"overfoersel/1","round":{"administration":"A","committee":"U","accountsYear":2020,
                 "underspendLines":[{"text":"x","amount":9007199254740993.00}]},
                 "transfers":[{"number":1,"title":"T","schedule":3,"amount":0.10,"earlyApproved":0.1,
                   "commitments":[{"party":"P","amount":0.01,"status":"SIGNED"}]}]}""";
        // 9007199254740993 is 2^53 + 1: a double would lose the last krone, but it is above NUMERIC(15,2)
        ImportException tooLarge = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> read(json));
        assertThat(tooLarge.messages()).containsExactly("round.underspendLines[0].amount: 9007199254740993.00 er for stort");

        TransferCase c = read(json.replace("9007199254740993.00", "9999999999999.99"));
        assertThat(c.round().underspendLines().get(0).amount().oere()).isEqualTo(999_999_999_999_999L);
        assertThat(c.transfers().get(0).amount().oere()).isEqualTo(10);
        assertThat(c.transfers().get(0).commitments().get(0).amount().oere()).isEqualTo(1);
        assertThat(c.round().budgetYear()).isEqualTo(2021);
        assertThat(c.transfers().get(0).background()).isEmpty();
    }

    private static TransferCase read(String json) throws Exception {
        return new JsonCaseReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
