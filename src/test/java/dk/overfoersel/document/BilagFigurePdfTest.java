package dk.overfoersel.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestImages;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.figure.Figure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures in the tagged PDF itself: each Figure structure element carries its alt text and
 * marks the drawn image (an image XObject for PNG and JPEG, a form XObject for SVG, which Batik
 * draws as vector graphics); a figure named in a text stands where it is named, the others after
 * the background text, numbered through the document in their stored order.
 */
class BilagFigurePdfTest {

    private static final BilagOptions OPTIONS = new BilagOptions(2, LocalDate.of(2009, 2, 20));
    private static PDDocument pdf;
    private static List<PDStructureElement> figures;

    @BeforeAll
    static void render() throws IOException {
        Round round = Round.of("Forvaltningen", "Udvalget", 2030, null, List.of());
        Transfer first = new Transfer(1, "Sygedagpenge", 3, Money.ofKroner(100_000), Money.ZERO,
                "Før figuren.\n\n![](kurve.svg)\n\nEfter figuren.", "Konsekvens.", "", List.of())
                .withImages(List.of(
                        Figure.of("foto.jpg", "Jobcentret", "Foto af jobcentrets indgang", TestImages.jpeg(200, 100, 2), ""),
                        Figure.of("kurve.svg", "Sager pr. måned", "Kurve: sagerne falder fra januar til juni", TestImages.svg(), "")));
        Transfer second = new Transfer(2, "Handicap", 3, Money.ofKroner(200_000), Money.ZERO,
                "Baggrund.", "Konsekvens.", "", List.of())
                .withImages(List.of(Figure.of("sager.png", "Sager i alt", "Søjlediagram over sager", TestImages.png(300, 120, 1), "")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilagWriter.write(new TransferCase(round, List.of(first, second)), OPTIONS, BilagFormat.PDF, out);
        pdf = Loader.loadPDF(out.toByteArray());
        figures = StructureTypes.elements(pdf).stream().filter(e -> e.getStructureType().equals("Figure")).toList();
    }

    @Test
    void eachFigureElementHasItsAltTextAndMarksTheDrawnImage() throws IOException {
        // the named SVG stands in the text, the unnamed JPEG after the background, then transfer 2's PNG
        assertThat(figures).extracting(PDStructureElement::getAlternateDescription).containsExactly(
                "Kurve: sagerne falder fra januar til juni", "Foto af jobcentrets indgang", "Søjlediagram over sager");
        List<List<PDXObject>> drawn = new ArrayList<>();
        for (PDStructureElement figure : figures) {
            drawn.add(xobjects(figure));
        }
        assertThat(drawn.get(0)).as("the SVG, drawn as vector graphics").isNotEmpty().allMatch(x -> x instanceof PDFormXObject);
        assertThat(drawn.get(1)).singleElement().isInstanceOfSatisfying(PDImageXObject.class,
                i -> assertThat(i.getWidth()).isEqualTo(200));
        assertThat(drawn.get(2)).singleElement().isInstanceOfSatisfying(PDImageXObject.class,
                i -> assertThat(i.getWidth()).isEqualTo(300));
    }

    @Test
    void captionsAreNumberedInDocumentOrderAndTheNamedFigureStandsWhereItIsNamed() throws IOException {
        String text = BilagPdfTest.flat(BilagPdfTest.sorted().getText(pdf));
        assertThat(text).contains("Figur 1. Sager pr. måned", "Figur 2. Jobcentret", "Figur 3. Sager i alt");
        assertThat(text.indexOf("Før figuren.")).isLessThan(text.indexOf("Figur 1. Sager pr. måned"));
        assertThat(text.indexOf("Figur 1. Sager pr. måned")).isLessThan(text.indexOf("Efter figuren."));
        assertThat(text.indexOf("Efter figuren.")).isLessThan(text.indexOf("Figur 2. Jobcentret"));
        assertThat(text.indexOf("Figur 2. Jobcentret")).isLessThan(text.indexOf("Konsekvens."));
        assertThat(text).doesNotContain("kurve.svg");
    }

    /** The XObjects drawn inside the element's marked content (its MCIDs on its page). */
    private static List<PDXObject> xobjects(PDStructureElement element) throws IOException {
        List<PDXObject> out = new ArrayList<>();
        for (Object kid : element.getKids()) {
            PDPage page = element.getPage();
            int mcid;
            if (kid instanceof Integer i) {
                mcid = i;
            } else if (kid instanceof PDMarkedContentReference ref) {
                mcid = ref.getMCID();
                page = ref.getPage() != null ? ref.getPage() : page;
            } else {
                continue;
            }
            PDMarkedContent content = byMcid(page).get(mcid);
            if (content != null) {
                collect(content, out);
            }
        }
        return out;
    }

    private static void collect(PDMarkedContent content, List<PDXObject> out) {
        for (Object o : content.getContents()) {
            if (o instanceof PDXObject x) {
                out.add(x);
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, out);
            }
        }
    }

    private static Map<Integer, PDMarkedContent> byMcid(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, PDMarkedContent> map = new HashMap<>();
        for (PDMarkedContent m : extractor.getMarkedContents()) {
            index(m, map);
        }
        return map;
    }

    private static void index(PDMarkedContent m, Map<Integer, PDMarkedContent> map) {
        if (m.getMCID() >= 0) {
            map.putIfAbsent(m.getMCID(), m);
        }
        for (Object o : m.getContents()) {
            if (o instanceof PDMarkedContent inner) {
                index(inner, map);
            }
        }
    }
}
