package dk.overfoersel.document;

import java.util.Objects;

/**
 * A picture as the appendix prints it: {@code name} is how a text places it ({@code ![](figur-1.png)}),
 * {@code caption} is printed as "Figur N. caption" under it (N is numbered through the document),
 * {@code altText} is what a screen reader says (required: a figure without it is not accessible),
 * {@code mediaType} is {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}, {@code bytes} the
 * file itself and {@code sourceNote} an optional "Kilde: …" line (empty for none).
 *
 * <p>The domain's figure of a transfer is mapped to this record by a {@link FigureSource}.
 */
public record Figure(String name, String caption, String altText, String mediaType, byte[] bytes, String sourceNote) {

    public Figure {
        Objects.requireNonNull(name, "name");
        caption = caption == null ? "" : caption.strip();
        Objects.requireNonNull(altText, "altText");
        if (altText.isBlank()) {
            throw new IllegalArgumentException("figure " + name + " has no alt text");
        }
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        sourceNote = sourceNote == null ? "" : sourceNote.strip();
    }

    public boolean isSvg() {
        return mediaType.equals("image/svg+xml");
    }
}
