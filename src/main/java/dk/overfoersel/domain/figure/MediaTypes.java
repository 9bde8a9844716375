package dk.overfoersel.domain.figure;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image types a figure may have, recognised from the bytes themselves (never from a file name):
 * PNG by its 8-byte signature, JPEG by its start-of-image marker, SVG by an {@code <svg} root element
 * after an optional XML declaration, comments and doctype.
 */
public final class MediaTypes {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern SVG_START = Pattern.compile(
            "\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<svg[\\s>/]", Pattern.DOTALL);
    private static final int SVG_PROBE = 4096;

    private MediaTypes() {
    }

    /** The media type the bytes are, or empty when they are none of PNG, JPEG and SVG. */
    public static Optional<String> sniff(byte[] data) {
        if (data == null || data.length == 0) {
            return Optional.empty();
        }
        if (startsWith(data, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        int offset = startsWith(data, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        String head = new String(data, offset, Math.min(SVG_PROBE, data.length - offset), StandardCharsets.UTF_8);
        if (SVG_START.matcher(head).find()) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    public static boolean isKnown(String mediaType) {
        return PNG.equals(mediaType) || JPEG.equals(mediaType) || SVG.equals(mediaType);
    }

    /** {@code .png}, {@code .jpg} or {@code .svg} */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case PNG -> ".png";
            case JPEG -> ".jpg";
            case SVG -> ".svg";
            default -> "";
        };
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
