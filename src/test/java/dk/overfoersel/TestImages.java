package dk.overfoersel;

import dk.overfoersel.domain.figure.Figure;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real, small images for tests (drawn with ImageIO, so every renderer can read them). */
public final class TestImages {

    private TestImages() {
    }

    /** A PNG bar chart, {@code width} × {@code height}, with a colour that depends on {@code seed}. */
    public static byte[] png(int width, int height, int seed) {
        return encode(draw(width, height, seed, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height, int seed) {
        return encode(draw(width, height, seed, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    public static byte[] svg() {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">"
                + "<rect x=\"10\" y=\"40\" width=\"30\" height=\"60\" fill=\"#2a6f97\"/>"
                + "<rect x=\"60\" y=\"20\" width=\"30\" height=\"80\" fill=\"#2a6f97\"/></svg>").getBytes(StandardCharsets.UTF_8);
    }

    /** figur-N.png with a caption, alt text and source note. */
    public static Figure figure(int n) {
        return Figure.of("figur-" + n + ".png", "Udvikling i antallet af sygedagpengesager " + n,
                "Søjlediagram: antallet af sager falder fra 2006 til 2008 (" + n + ")", png(120, 60, n), "Kilde: KMD");
    }

    private static BufferedImage draw(int width, int height, int seed, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color((seed * 70) % 256, 90, 150));
        for (int i = 0; i < 4; i++) {
            int h = height * (i + 1) / 5;
            g.fillRect(5 + i * width / 4, height - h, width / 6, h);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
