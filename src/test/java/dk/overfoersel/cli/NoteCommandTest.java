package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteCommandTest {

    @TempDir
    Path dir;

    @Test
    void exampleSummaryAndTheStrictExitCode() throws Exception {
        CliRunner cli = new CliRunner(dir);
        CliRunner.Result example = cli.run("note", "example");
        assertThat(example.code()).isZero();
        assertThat(example.out().strip()).isEqualTo("1");
        assertThat(example.err()).contains("Bemærk: Tabel 5, 2016: angivet i alt 9.300, rækkerne giver 9.400 (forskel 100)");

        CliRunner.Result summary = cli.run("note", "summary");
        assertThat(summary.code()).isZero();
        assertThat(summary.out())
                .containsPattern("Udgifter til service i alt\\s+28\\.300\\s+35\\.800\\s+48\\.000\\s+48\\.000\\s+160\\.100")
                .containsPattern("Udgifter til efterspørgselsstyrede overførsler i alt\\s+-900\\s+0\\s+0\\s+0\\s+-900")
                .containsPattern("Tabel 4\\s+2012.*\\n\\s+I alt\\s+0\\s+5\\.000\\s+28\\.000\\s+47\\.400\\s+34\\.700\\s+20\\.400\\s+8\\.200\\s+143\\.700")
                .containsPattern("Tabel 5\\s+2016\\s+2017.*\\n\\s+I alt\\s+9\\.400\\s+3\\.200");
        assertThat(summary.err()).contains("Bemærk: Tabel 5, 2016: angivet i alt 9.300");

        assertThat(cli.run("note", "summary", "--strict").code()).isEqualTo(3);

        CliRunner.Result json = cli.run("note", "summary", "--json", "--note", "1");
        JsonNode s = new ObjectMapper().readTree(json.out());
        assertThat(s.at("/tables/expenditure/areas/SERVICE/total").asLong()).isEqualTo(160100L);
        assertThat(s.at("/tables/byCommittee/areas/SERVICE/totals").toString()).isEqualTo("[28300,35800,48000,48000]");
        assertThat(s.at("/tables/conversions/totals").toString()).isEqualTo("[9400,3200]");
        assertThat(s.at("/checks/0/code").asText()).isEqualTo("STATED_TOTAL_DIFFERS");
        assertThat(s.at("/checks/0/difference").asLong()).isEqualTo(100L);

        CliRunner.Result list = cli.run("note", "list");
        assertThat(list.out()).contains("BI2", "12.06.2015", "2016");
    }

    @Test
    void exportImportExportJsonAndExcelGiveTheSameNote() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("note", "example");
        Path json = dir.resolve("bi2.json");
        assertThat(cli.run("note", "export", json.toString()).code()).isZero();
        assertThat(cli.run("note", "import", json.toString()).code()).isEqualTo(1);
        CliRunner.Result replace = cli.run("note", "import", "--replace", json.toString());
        assertThat(replace.code()).isZero();
        assertThat(replace.out().strip()).isEqualTo("1");
        Path again = dir.resolve("again.json");
        cli.run("note", "export", "--note", "1", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(json));

        Path xlsx = dir.resolve("bi2.xlsx");
        assertThat(cli.run("note", "export", "--format", "xlsx", xlsx.toString()).code()).isZero();
        assertThat(cli.run("note", "import", "--replace", xlsx.toString()).code()).isZero();
        Path viaExcel = dir.resolve("via-excel.json");
        cli.run("note", "export", viaExcel.toString());
        assertThat(Files.readString(viaExcel)).isEqualTo(Files.readString(json));
    }

    @Test
    void aBadFileIsReportedWithPathsAndNothingIsStored() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "overfoersel-note/1", "note": {"code": "X", "title": "T", "administration": "A",
                 "date": "2015-01-02", "priceLevel": 2016, "permanentFrom": 2018,
                 "expenditure": {"years": [2016], "rows": [{"area": "SERVICE", "label": "A", "amounts": [1.5]}]}}}""");
        CliRunner.Result r = cli.run("note", "import", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("note.expenditure.rows[0].amounts[0]: 1.5 er ikke et helt antal tusinde kroner");
        assertThat(cli.run("note", "list").out()).contains("Der er ingen budgetnotater.");
        assertThat(cli.run("note", "export", "--format", "csv", dir.resolve("x.csv").toString()).code()).isEqualTo(2);
        assertThat(cli.run("note", "summary", "--bogus").code()).isEqualTo(2);
        assertThat(cli.run("note", "document").code()).isEqualTo(2);
    }

    @Test
    void theDocumentAsPdfAndWord() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("note", "example");
        Path pdf = dir.resolve("bi2.pdf");
        CliRunner.Result r = cli.run("note", "document", "--output", pdf.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("Bemærk: Tabel 5, 2016");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as the page reads; a caption's kept-together unit is drawn last
            text = stripper.getText(doc).replace('\u202f', ' '); // amounts hold a narrow no-break space
        }
        assertThat(text).contains("Beskæftigelses- og Integrationsforvaltningen", "12.06.2015",
                "Tabel 2. Udgifter pr. aktivitet", "2016 p/l", "1.000 kr.", "Bilag. Tekniske oplysninger",
                "Udgifter til service i alt 28.300 35.800 48.000 48.000 160.100",
                "Konverterede midler i alt 9.400 3.200", "Afsatte midler i alt 0 5.000 28.000 47.400 34.700 20.400 8.200");
        assertThat(text).doesNotContain("9.300");

        Path docx = dir.resolve("bi2.docx");
        assertThat(cli.run("note", "document", "--strict", "--output", docx.toString()).code()).isEqualTo(3);
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("Tabel 1. Aktiviteter og deres afledte effekt",
                    "Udgifter til efterspørgselsstyrede overførsler i alt\t-900\t0\t0\t0\t-900");
        }
        assertThat(cli.run("note", "document", "--output", dir.resolve("x.txt").toString()).code()).isEqualTo(1);
    }
}
