package dk.overfoersel.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped in {@code resources/fonts/}: Carlito regular, bold, italic and bold italic (SIL Open Font License, see
 * {@code Carlito-OFL.txt} beside it), metrically compatible with Calibri, so a Word document set in
 * Calibri breaks its lines like the PDF. The bytes are read once and kept.
 */
final class Fonts {

    static final String REGULAR = "/fonts/Carlito-Regular.ttf";
    static final String BOLD = "/fonts/Carlito-Bold.ttf";
    static final String ITALIC = "/fonts/Carlito-Italic.ttf";
    static final String BOLD_ITALIC = "/fonts/Carlito-BoldItalic.ttf";
    /** The family the Word document asks for; LibreOffice substitutes Carlito for it. */
    static final String WORD_FAMILY = "Calibri";

    private static final byte[] REGULAR_BYTES = load(REGULAR);
    private static final byte[] BOLD_BYTES = load(BOLD);
    private static final byte[] ITALIC_BYTES = load(ITALIC);
    private static final byte[] BOLD_ITALIC_BYTES = load(BOLD_ITALIC);

    private Fonts() {
    }

    static byte[] regular() {
        return REGULAR_BYTES;
    }

    static byte[] bold() {
        return BOLD_BYTES;
    }

    static byte[] italic() {
        return ITALIC_BYTES;
    }

    static byte[] boldItalic() {
        return BOLD_ITALIC_BYTES;
    }

    private static byte[] load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
