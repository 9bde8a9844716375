package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.exchange.JsonCaseWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bilag} prints the quality check as "Bemærk: …"; {@code --strict} exits 3 and writes nothing on a problem. */
class QualityCheckCommandTest {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void example() {
        cli = new CliRunner(dir);
        assertThat(cli.run("example").code()).isZero();
    }

    @Test
    void bilagTellsEveryFindingAndStillWritesTheDocument() {
        Path pdf = dir.resolve("bilag.pdf");
        CliRunner.Result r = cli.run("bilag", "--output", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pdf).exists();
        assertThat(r.err().lines().toList()).containsExactly(
                "Bemærk: Overførsel 10: aftalerne udgør i alt 15.800.000,00 kr. og overstiger beløbet 15.739.000,00 kr. "
                        + "med 61.000,00 kr. (underskrevet 7.700.000,00 kr., under forhandling 3.200.000,00 kr., planlagt 4.900.000,00 kr.).",
                "Bemærk: Overførsel 14: beløbet „2,2 mio. kr.“ i baggrunden svarer ikke til nogen af overførslens tal.",
                "Bemærk: Overførsel 14: beløbet „0,9 mio. kr.“ i baggrunden svarer ikke til nogen af overførslens tal.",
                "Bemærk: Overførsel 16: beløbet „1,8 mio. kr.“ i baggrunden svarer ikke til nogen af overførslens tal.");
    }

    @Test
    void strictExits3AndWritesNothingWhenThereIsAProblem() {
        Path pdf = dir.resolve("bilag.pdf");
        CliRunner.Result r = cli.run("bilag", "--strict", "--output", pdf.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(pdf).doesNotExist();
        assertThat(dir.toFile().list()).noneMatch(n -> n.endsWith(".pdf") || n.endsWith(".tmp"));
        assertThat(r.err()).contains("Bemærk: Overførsel 10: aftalerne udgør i alt")
                .contains("Bilaget er ikke skrevet (" + pdf + "): kvalitetstjekket fandt 1 problem(er), og --strict er angivet.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void strictWritesTheDocumentWhenOnlyNoticesRemain() throws Exception {
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>(example.transfers());
        transfers.replaceAll(t -> t.number() != 10 ? t : t.withCommitments(List.of(
                new Commitment("Leverandører", "Kontrakter", Money.ofKroner(7_700_000), CommitmentStatus.SIGNED),
                new Commitment("Leverandører", "Forhandling", Money.ofKroner(3_200_000), CommitmentStatus.NEGOTIATING))));
        Path json = dir.resolve("fixed.json");
        new JsonCaseWriter().write(new TransferCase(example.round(), transfers), json);
        assertThat(cli.run("import", "--replace", json.toString()).code()).isZero();

        Path docx = dir.resolve("bilag.docx");
        CliRunner.Result r = cli.run("bilag", "--strict", "--output", docx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(docx).exists();
        assertThat(Files.size(docx)).isPositive();
        assertThat(r.err()).contains("Bemærk: Overførsel 16: beløbet „1,8 mio. kr.“").doesNotContain("aftalerne udgør");
    }

    @Test
    void badInputStaysExitCode1AndUsageStays2() {
        assertThat(cli.run("bilag", "--strict", "--output", dir.resolve("x.txt").toString()).code()).isEqualTo(1);
        assertThat(cli.run("bilag", "--strict").code()).isEqualTo(2);
    }
}
