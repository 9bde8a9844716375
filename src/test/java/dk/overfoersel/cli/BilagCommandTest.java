package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.app.Composition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overfoersel bilag} end to end on a temporary database. */
class BilagCommandTest {

    @TempDir
    Path dir;
    private String db;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(Composition.caseServices(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void example() {
        db = dir.resolve("db").toString();
        assertThat(run("example").code()).isEqualTo(Cli.OK);
    }

    @Test
    void writesAPdf() throws IOException {
        Path pdf = dir.resolve("bilag.pdf");
        Result r = run("bilag", "--output", pdf.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("bilag.pdf");
        // the example's slip (contracts for transfer 10 add up to more than its amount) is pointed out
        assertThat(r.err()).contains("Bemærk: Overførsel 10: aftalerne udgør i alt 15.800.000,00 kr.");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("[\\s\\u202f]+", " ");
            assertThat(text).contains("Bilag 2 – Bemærkninger til Skema 3").contains("Overførsel 16.")
                    .contains("18,484 mio. kr.").contains("Side 1 af " + doc.getNumberOfPages());
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void writesWordWithTheChosenNumber() throws IOException {
        Path docx = dir.resolve("Bilag.DOCX");
        Result r = run("bilag", "--round", "1", "--number", "3", "--output", docx.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Bilag 3 – Bemærkninger til Skema 3");
        }
    }

    @Test
    void dateCaseNumberAndCommitteeOnPageOne() throws IOException {
        Path pdf = dir.resolve("dated.pdf");
        Result r = run("bilag", "--date", "20.02.2009", "--case-number", "2009-0012345", "--output", pdf.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.err()).doesNotContain("INFO").doesNotContain("openhtmltopdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String page1 = stripper.getText(doc).replaceAll("[\\s\\u202f]+", " ");
            assertThat(page1).contains("Dato: 20.02.2009").contains("Sagsnr. 2009-0012345")
                    .contains("Til Beskæftigelses- og Integrationsudvalget");
        }
        Path bare = dir.resolve("bare.pdf");
        assertThat(run("bilag", "--no-committee", "--output", bare.toString()).code()).isEqualTo(Cli.OK);
        try (PDDocument doc = Loader.loadPDF(bare.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).doesNotContain("Sagsnr.").doesNotContain("Til Beskæftigelses");
        }
        Result bad = run("bilag", "--date", "31.02.2009", "--output", dir.resolve("x.pdf").toString());
        assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("Datoen 31.02.2009 kan ikke læses").doesNotContain("Exception");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anUnknownExtensionIsADanishErrorAndWritesNothing() {
        Path txt = dir.resolve("bilag.txt");
        Result r = run("bilag", "--output", txt.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("skal ende på .pdf eller .docx").doesNotContain("Exception");
        assertThat(txt).doesNotExist();
    }

    @Test
    void aMissingRoundOrABadNumberIsAnError() {
        Result r = run("bilag", "--round", "99", "--output", dir.resolve("b.pdf").toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("Runde 99 findes ikke");
        Result n = run("bilag", "--number", "0", "--output", dir.resolve("b.pdf").toString());
        assertThat(n.code()).isEqualTo(Cli.USAGE);
        assertThat(n.err()).contains("positivt heltal");
        assertThat(dir.resolve("b.pdf")).doesNotExist();
    }

    @Test
    void aFolderThatDoesNotExistIsADanishError() {
        Result r = run("bilag", "--output", dir.resolve("findes-ikke").resolve("b.pdf").toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("findes-ikke").contains("findes ikke").doesNotContain(".tmp");
    }

    @Test
    void withoutOutputItIsAUsageError() {
        Result r = run("bilag");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--output");
    }
}
