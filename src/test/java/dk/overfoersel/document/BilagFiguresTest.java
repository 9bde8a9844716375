package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestImages;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.exchange.ExampleRound;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;

/** The transfers' stored figures reach the appendix: numbered captions, the image with its alt text. */
class BilagFiguresTest {

    private static final BilagOptions OPTIONS = new BilagOptions(2, LocalDate.of(2009, 2, 20));

    private static TransferCase exampleWithFigures() {
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>(example.transfers());
        transfers.replaceAll(t -> switch (t.number()) {
            case 10 -> t.withImages(List.of(Figure.of("sager.png", "Udvikling i antallet af sygedagpengesager",
                    "Søjlediagram over sygedagpengesager 2006-2008", TestImages.png(1600, 400, 1), "Kilde: KMD")));
            case 12 -> t.withImages(List.of(Figure.of("esdh.jpg", "ESDH i de decentrale enheder",
                    "Foto af skærmbilledet", TestImages.jpeg(200, 100, 2), "")));
            default -> t;
        });
        return new TransferCase(example.round(), transfers);
    }

    @Test
    void theDocumentModelNumbersTheStoredFiguresThroughTheDocument() {
        BilagDocument doc = BilagBuilder.build(exampleWithFigures(), OPTIONS);
        List<BilagDocument.FigureBlock> blocks = doc.body().stream()
                .filter(e -> e instanceof BilagDocument.FigureBlock).map(e -> (BilagDocument.FigureBlock) e).toList();
        assertThat(blocks).extracting(b -> b.number() + " " + b.figure().name() + " " + b.figure().altText())
                .containsExactly("1 sager.png Søjlediagram over sygedagpengesager 2006-2008",
                        "2 esdh.jpg Foto af skærmbilledet");
    }

    @Test
    void wordHasEachImageWithItsAltTextScaledToTheTextWidthAndItsCaption() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilagWriter.write(exampleWithFigures(), OPTIONS, BilagFormat.DOCX, out);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(word.getAllPictures()).hasSize(2);
            List<XWPFPicture> pictures = word.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).hasSize(2);
            String xml = word.getDocument().xmlText();
            assertThat(xml).contains("<wp:docPr", "descr=\"Søjlediagram over sygedagpengesager 2006-2008\"", "descr=\"Foto af skærmbilledet\"",
                    "title=\"Udvikling i antallet af sygedagpengesager\"");
            // 1600 px at 96 dpi is 1200 pt, wider than the 16 cm of text: scaled to 453,5 pt
            assertThat(pictures.get(0).getWidth()).isBetween(453.0, 454.0);
            assertThat(pictures.get(0).getDepth()).isBetween(113.0, 114.0);
            assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(TestImages.png(1600, 400, 1));
            String text = word.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("Figur 1. Udvikling i antallet af sygedagpengesager", "Figur 2. ESDH i de decentrale enheder");
        }
    }

    @Test
    void thePdfCarriesTheCaptions() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilagWriter.write(exampleWithFigures(), OPTIONS, BilagFormat.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u202f]+", " ");
            assertThat(text).contains("Figur 1. Udvikling i antallet af sygedagpengesager", "Figur 2. ESDH i de decentrale enheder");
        }
    }
}
