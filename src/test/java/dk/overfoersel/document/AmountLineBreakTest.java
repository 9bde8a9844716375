package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Amounts and dates never break across a line in the PDF's running text: a text with many amounts,
 * each after a filler of another length so that they fall at every place of a line (also in the
 * narrow footnote), is rendered and read back line by line from PDFBox's text positions; every
 * amount must be found whole on one line as often as it was written.
 */
class AmountLineBreakTest {

    private static final List<String> AMOUNTS = List.of("25,7 mio. kr.", "15.739.000 kr.", "1,3 mio.",
            "27. november 2008", "900.000 kr.", "0,4 mio. kr.", "12,345 mio. kr.", "40.000 kr.");
    private static final String WORDS = "og den del af bevillingen som forvaltningen har bundet i aftaler med leverandører i året";

    @Test
    void noAmountIsSplitAcrossLines() throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder note = new StringBuilder();
        int written = 0;
        String[] words = WORDS.split(" ");
        for (int i = 0; i < 120; i++) {
            StringBuilder filler = new StringBuilder();
            for (int w = 0; w <= i % 13; w++) {
                filler.append(words[(i + w) % words.length]).append(i % 3 == 0 && w == 0 ? "s " : " ");
            }
            String amount = AMOUNTS.get(i % AMOUNTS.size());
            (i % 4 == 3 ? note : text).append(filler).append(amount).append(", ");
            written++;
        }
        String background = text + "i alt.[^1]\n\n[^1]: " + note + "i alt.\n";
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>();
        for (Transfer t : example.transfers()) {
            transfers.add(t.number() != 13 ? t : new Transfer(t.number(), t.title(), t.schedule(), t.amount(),
                    t.earlyApproved(), background, t.consequences(), t.recommendation(), t.commitments()));
        }
        byte[] pdf = BilagPdfTest.renderPdf(new TransferCase(example.round(), transfers),
                new BilagOptions(2, LocalDate.of(2009, 2, 20)));

        List<String> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = BilagPdfTest.sorted();
            for (String line : stripper.getText(doc).split("\\R")) {
                lines.add(line.replace('\u202f', ' '));
            }
        }
        int found = 0;
        for (String amount : AMOUNTS) {
            String pattern = "(?<![\\d.,])" + java.util.regex.Pattern.quote(amount) + "(?=,)";
            for (String line : lines) {
                found += (int) java.util.regex.Pattern.compile(pattern).matcher(line).results().count();
            }
        }
        assertThat(written).isEqualTo(120);
        assertThat(found).as("amounts found whole on one line").isEqualTo(written);
    }
}
