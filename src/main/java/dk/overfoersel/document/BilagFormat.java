package dk.overfoersel.document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of the appendix, chosen by the file's extension. */
public enum BilagFormat {
    PDF(".pdf"),
    DOCX(".docx");

    private final String extension;

    BilagFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format for a file name ending in .pdf or .docx (any case), or empty. */
    public static Optional<BilagFormat> ofFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (BilagFormat f : values()) {
            if (lower.endsWith(f.extension) && lower.length() > f.extension.length()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
