package dk.overfoersel.document;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The example round with every feature of the texts in transfer 13 (italic, bold, a quotation, a
 * footnote, a numbered list with a nested bullet list, a figure placed by name) and an unnamed figure
 * in transfer 10 and an SVG figure in transfer 12: for the accessibility and rendering tests.
 */
final class RichCase {

    static final String BACKGROUND_13 = """
            Forvaltningen vil gøre de to øvrige jobcentre *tilgængelige* for borgere med handicap, som **BIU** besluttede.[^1]

            > Alle borgere skal kunne komme ind i kommunens jobcentre uden hjælp.

            Arbejdet består af:

            1. ombygning af indgangspartierne
               - ramper
               - automatiske døre
            2. skiltning og ledelinjer

            ![](figur-adgang.png)

            [^1]: BIU's beslutning om handicappolitikken, 27.11.2008.
            """;

    private RichCase() {
    }

    static TransferCase load() throws IOException {
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>();
        for (Transfer t : example.transfers()) {
            transfers.add(t.number() != 13 ? t : new Transfer(t.number(), t.title(), t.schedule(), t.amount(),
                    t.earlyApproved(), BACKGROUND_13, t.consequences(), t.recommendation(), t.commitments()));
        }
        return new TransferCase(example.round(), transfers);
    }

    static FigureSource figures() {
        return t -> switch (t.number()) {
            case 10 -> List.of(new Figure("figur-sager.png", "Udviklingen i antallet af sygedagpengesager",
                    "Søjlediagram: antallet af sager stiger fra 2006 til 2008", "image/png", png(900, 420), "Kilde: BIF"));
            case 12 -> List.of(new Figure("figur-tidsplan.svg", "Tidsplan for ESDH-piloten",
                    "Søjlediagram i vektorgrafik: to søjler for 2009 og 2010", "image/svg+xml", dk.overfoersel.TestImages.svg(), ""));
            case 13 -> List.of(new Figure("figur-adgang.png", "Jobcentrenes indgange", "Tegning af en rampe ved indgangen",
                    "image/png", png(400, 200), ""));
            default -> List.of();
        };
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1f, 0x38, 0x64));
        for (int i = 0; i < 3; i++) {
            g.fillRect(40 + i * width / 4, height - 40 - (i + 1) * height / 5, width / 6, (i + 1) * height / 5);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
