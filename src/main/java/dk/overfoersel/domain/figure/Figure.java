package dk.overfoersel.domain.figure;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A figure of a transfer: an image (PNG, JPEG or SVG) with its caption, its alt text (required: a
 * screen reader reads it instead of the image) and an optional source note. A text places it
 * where it names it, {@code ![](figur-1.png)}; the name is unique within the transfer.
 *
 * <p>The media type is the one the bytes are ({@link MediaTypes#sniff}); at most {@link #MAX_BYTES}.
 * The byte array is not copied (a 10 MB image): callers must not change it.
 */
public record Figure(String name, String caption, String altText, String mediaType, byte[] data, String sourceNote) {

    /** 10 MB */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    /** A name may be written inside {@code ![](…)}: no spaces, brackets, parentheses or slashes. */
    private static final Pattern NAME = Pattern.compile("[^\\s()\\[\\]<>/\\\\]+");

    public Figure {
        name = name == null ? "" : name.strip();
        caption = caption == null ? "" : caption.strip();
        altText = altText == null ? "" : altText.strip();
        sourceNote = sourceNote == null ? "" : sourceNote.strip();
        Objects.requireNonNull(data, "data");
        if (name.isEmpty()) {
            throw new DomainException(Texts.get("figure.rule.name"));
        }
        if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw new DomainException(Texts.get("figure.rule.badName", name));
        }
        if (altText.isEmpty()) {
            throw new DomainException(Texts.get("figure.rule.altText", name));
        }
        if (caption.length() > MAX_TEXT || altText.length() > MAX_TEXT || sourceNote.length() > MAX_TEXT) {
            throw new DomainException(Texts.get("figure.rule.textTooLong", name, String.valueOf(MAX_TEXT)));
        }
        if (data.length > MAX_BYTES) {
            throw new DomainException(tooLarge(name, data.length));
        }
        String sniffed = MediaTypes.sniff(data).orElse(null);
        if (sniffed == null) {
            throw new DomainException(Texts.get("figure.rule.notAnImage", name));
        }
        if (mediaType == null || mediaType.isBlank()) {
            mediaType = sniffed;
        } else if (!sniffed.equals(mediaType)) {
            throw new DomainException(Texts.get("figure.rule.mediaType", name, mediaType, sniffed));
        }
    }

    /** A figure whose media type is taken from its bytes. */
    public static Figure of(String name, String caption, String altText, byte[] data, String sourceNote) {
        return new Figure(name, caption, altText, null, data, sourceNote);
    }

    /** "Figuren x fylder 12,3 MB; højst 10 MB er tilladt." */
    public static String tooLarge(String name, long size) {
        return Texts.get("figure.rule.tooLarge", name, megabytes(size), "10");
    }

    /** {@code 12,3} (MB with one decimal, decimal comma) */
    public static String megabytes(long bytes) {
        long tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        return (tenths / 10) + "," + (tenths % 10);
    }

    public Figure withTexts(String newCaption, String newAltText, String newSourceNote) {
        return new Figure(name, newCaption, newAltText, mediaType, data, newSourceNote);
    }

    public Figure withImage(byte[] newData) {
        return new Figure(name, caption, altText, null, newData, sourceNote);
    }

    public Figure withName(String newName) {
        return new Figure(newName, caption, altText, mediaType, data, sourceNote);
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && name.equals(f.name) && caption.equals(f.caption) && altText.equals(f.altText)
                && mediaType.equals(f.mediaType) && sourceNote.equals(f.sourceNote) && Arrays.equals(data, f.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, caption, altText, mediaType, sourceNote, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Figure[" + name + ", " + mediaType + ", " + data.length + " bytes]";
    }
}
