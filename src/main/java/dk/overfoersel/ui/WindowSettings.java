package dk.overfoersel.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the window remembers between starts: its size and position, the split positions and the
 * text zoom. Kept in a small properties file in the user's data directory (given by the composition
 * root); without a file (tests, {@link #inMemory()}) nothing is read or written. A missing or broken
 * file means the defaults; a file that cannot be written is ignored (it is only a convenience).
 */
public final class WindowSettings {

    public static final String FILE_NAME = "vindue.properties";

    private final Path file;
    private final Properties values = new Properties();

    private WindowSettings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** Settings read from and saved to this file (created with its directory on the first save). */
    public static WindowSettings at(Path file) {
        return new WindowSettings(file);
    }

    /** Settings that live only as long as the window (nothing on disk). */
    public static WindowSettings inMemory() {
        return new WindowSettings(null);
    }

    /** A number stored under the key, or the default if there is none or it is not a finite number. */
    public double number(String key, double defaultValue) {
        String v = values.getProperty(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : defaultValue;
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** A text stored under the key, or the default. */
    public String text(String key, String defaultValue) {
        return values.getProperty(key, defaultValue);
    }

    public void setText(String key, String value) {
        values.setProperty(key, value == null ? "" : value);
    }

    public boolean has(String key) {
        return values.getProperty(key) != null;
    }

    public void setNumber(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    /** Writes the file (if there is one); failures are ignored. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Overførsel: vinduets størrelse og placering");
            }
        } catch (IOException | RuntimeException e) {
            // only a convenience: the window works the same without it
        }
    }

    public Path file() {
        return file;
    }
}
