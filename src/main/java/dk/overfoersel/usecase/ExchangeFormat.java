package dk.overfoersel.usecase;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The exchange file formats: the JSON format and the Excel workbook. */
public enum ExchangeFormat {
    JSON(".json"),
    XLSX(".xlsx");

    private final String extension;

    ExchangeFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** {@code json} or {@code xlsx} (any case), as the command line's {@code --format}. */
    public static Optional<ExchangeFormat> ofName(String name) {
        for (ExchangeFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file's name asks for: {@code .xlsx} is Excel, anything else JSON. */
    public static ExchangeFormat ofFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(XLSX.extension) ? XLSX : JSON;
    }
}
