package dk.overfoersel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.overfoersel.TestCases;
import dk.overfoersel.TestImages;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange format overfoersel/2: figures and checked amounts travel with the transfer. */
class JsonFiguresTest {

    @TempDir
    Path dir;

    static TransferCase exampleWithFigures() {
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>(example.transfers());
        transfers.replaceAll(t -> switch (t.number()) {
            case 10 -> t.withImages(List.of(TestImages.figure(1),
                    Figure.of("jobcentre.svg", "Jobcentrene", "Tegning af to søjler", TestImages.svg(), "")));
            case 14 -> t.withImages(List.of(Figure.of("foto.jpg", "", "Foto af visitationsguiden",
                    TestImages.jpeg(64, 48, 3), "Eget foto"))).withCheckedAmounts(List.of("2,2 mio. kr.", "0,9 mio. kr."));
            default -> t;
        });
        return new TransferCase(example.round(), transfers);
    }

    private static TransferCase read(String json) throws Exception {
        return new JsonCaseReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void figuresTravelByteForByteThroughTheDatabaseAndBack() throws Exception {
        TransferCase withFigures = exampleWithFigures();
        try (CaseService service = new CaseService(Database.open(TestCases.url(dir)))) {
            long id = service.importCase(withFigures, false);
            Path first = dir.resolve("first.json");
            new JsonCaseWriter().write(service.load(id), first);
            TransferCase back = new JsonCaseReader().read(first);
            service.importCase(back, true);
            Path second = dir.resolve("second.json");
            new JsonCaseWriter().write(service.load(id), second);

            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
            assertThat(back).isEqualTo(withFigures);
            Figure photo = back.transfers().stream().filter(t -> t.number() == 14).findFirst().orElseThrow().images().get(0);
            assertThat(photo.data()).isEqualTo(withFigures.transfers().get(4).images().get(0).data());
            assertThat(photo.mediaType()).isEqualTo("image/jpeg");
            String json = Files.readString(first);
            assertThat(json).startsWith("{\n  \"format\":\"overfoersel/2\"")
                    .contains("\"checkedAmounts\":[\n        \"2,2 mio. kr.\",")
                    .contains("\"data\":\"" + Base64.getEncoder().encodeToString(photo.data()) + "\"");
        }
    }

    @Test
    void aRoundWithoutFiguresIsStillWrittenAsVersion1AndVersion1IsReadUnchanged() throws Exception {
        String shipped = new String(getClass().getResourceAsStream(ExampleRound.RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shipped).contains("\"format\":\"overfoersel/1\"");
        TransferCase v1 = read(shipped);
        assertThat(v1.transfers()).allMatch(t -> t.images().isEmpty() && t.checkedAmounts().isEmpty());
        assertThat(new JsonCaseWriter().write(v1)).isEqualTo(shipped);
    }

    @Test
    void aNewerFormatSaysSoAndNothingElse() {
        String v3 = """
                {"format":"overfoersel/3","round":{"administration":"A"},"somethingNew":[1,2,3]}""";
        ImportException e = assertThrows(ImportException.class, () -> read(v3));
        assertThat(e.messages()).containsExactly("format: filen er i formatet „overfoersel/3“, som er nyere end dette program "
                + "(det læser „overfoersel/1“ og „overfoersel/2“); opdater Overførsel for at indlæse den");
    }

    private static String oneTransfer(String figures) {
        return """
                {"format":"overfoersel/2","round":{"administration":"A","committee":"U","accountsYear":2020,"underspendLines":[]},
                 "transfers":[{"number":7,"title":"T","schedule":3,"amount":1000000.00,"earlyApproved":0,
                   "background":"Budgettet er 2,2 mio. kr.", "figures":%s}]}""".formatted(figures);
    }

    @Test
    void everyFigureErrorIsReportedWithItsPlace() {
        String png = Base64.getEncoder().encodeToString(TestImages.png(10, 10, 1));
        String json = oneTransfer("""
                [{"name":"a.png","caption":"","altText":"","mediaType":"image/png","data":"%s"},
                 {"name":"b.png","altText":"B","mediaType":"image/jpeg","data":"%s"},
                 {"name":"c.png","altText":"C","data":"ikke base64!"},
                 {"name":"d.png","altText":"D","data":"aGVq","colour":"red"}]""".formatted(png, png));
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertThat(e.messages()).containsExactly(
                "transfers[0] (overførsel 7).figures[0].altText: figuren mangler en alternativ tekst (den læses op i stedet for billedet og skal udfyldes)",
                "transfers[0] (overførsel 7).figures[1]: Figuren „b.png“ er angivet som image/jpeg, men filen er image/png.",
                "transfers[0] (overførsel 7).figures[2].data: billedet skal være en tekst i base64",
                "transfers[0] (overførsel 7).figures[3].colour: ukendt felt");
    }

    @Test
    void anImageAbove10MbIsRefusedWithItsOwnMessage() {
        byte[] big = Arrays.copyOf(TestImages.png(10, 10, 1), Figure.MAX_BYTES + 3);
        String json = oneTransfer("[{\"name\":\"stor.png\",\"altText\":\"Stor\",\"data\":\""
                + Base64.getEncoder().encodeToString(big) + "\"}]");
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertThat(e.messages()).containsExactly("transfers[0] (overførsel 7).figures[0].data: Figuren „stor.png“ fylder 10,0 MB; en figur må højst fylde 10 MB.");
    }

    @Test
    void aStringBeyondTheReadersLimitHasItsOwnDanishMessage() {
        String json = oneTransfer("[{\"name\":\"x.png\",\"altText\":\"X\",\"data\":\"" + "A".repeat(JsonFigures.MAX_STRING + 1) + "\"}]");
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertThat(e.messages()).hasSize(1);
        assertThat(e.messages().get(0)).isEqualTo("En tekst i filen er for lang: højst 14.000.000 tegn (en figur må højst fylde 10 MB).");
    }

    @Test
    void aCheckedAmountMustBeAnAmount() {
        String json = oneTransfer("[]").replace("\"figures\":[]", "\"checkedAmounts\":[\"2,2 mio.\", \"mange penge\", 3]");
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertThat(e.messages()).containsExactly(
                "transfers[0] (overførsel 7).checkedAmounts[1]: „mange penge“ er ikke et beløb (skriv fx „5,9 mio. kr.“)",
                "transfers[0] (overførsel 7).checkedAmounts[2]: skal være en tekst");
    }
}
