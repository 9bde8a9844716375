package dk.overfoersel.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives. In order: the {@code --db} option (a path or a full JDBC URL),
 * the environment variable {@code OVERFOERSEL_DB}, then the user's data directory:
 * {@code $XDG_DATA_HOME/overfoersel} or {@code ~/.local/share/overfoersel} on Linux,
 * {@code %APPDATA%\Overfoersel} on Windows, {@code ~/Library/Application Support/Overfoersel} on macOS.
 */
public final class DatabaseLocation {

    public static final String ENV = "OVERFOERSEL_DB";
    public static final String FILE_NAME = "overfoersel";
    private static final String H2_SUFFIX = ".mv.db";

    private DatabaseLocation() {
    }

    /** The JDBC URL to use, given the {@code --db} option (may be null) and the environment. */
    public static String resolve(String option, Map<String, String> env) {
        String chosen = option != null && !option.isBlank() ? option : env.get(ENV);
        if (chosen != null && !chosen.isBlank()) {
            return toUrl(chosen.strip());
        }
        return toUrl(defaultDirectory(env, System.getProperty("os.name", ""), System.getProperty("user.home"))
                .resolve(FILE_NAME).toString());
    }

    public static String resolveDefault() {
        return resolve(null, System.getenv());
    }

    /** The user's data directory for this application on this operating system. */
    public static Path defaultDirectory(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Overfoersel");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Overfoersel");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("overfoersel");
    }

    /**
     * A JDBC URL is used as given (an H2 file URL gets {@code WRITE_DELAY=0} if it names no delay);
     * a path names the database file ({@code x} or {@code x.mv.db}) or a directory to hold it.
     */
    public static String toUrl(String pathOrUrl) {
        if (pathOrUrl.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return withWriteDelay(pathOrUrl);
        }
        Path path = Path.of(pathOrUrl).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            path = path.resolve(FILE_NAME);
        }
        String file = path.toString();
        if (file.endsWith(H2_SUFFIX)) {
            file = file.substring(0, file.length() - H2_SUFFIX.length());
        }
        return withWriteDelay("jdbc:h2:file:" + file);
    }

    /** The H2 database file ({@code .mv.db}) behind a file URL, or null for other URLs. */
    public static Path h2File(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:file:", 0, 13)) {
            return null;
        }
        String rest = url.substring(13);
        int semicolon = rest.indexOf(';');
        return Path.of((semicolon < 0 ? rest : rest.substring(0, semicolon)) + H2_SUFFIX);
    }

    private static String withWriteDelay(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean h2File = lower.startsWith("jdbc:h2:file:") || (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:")
                && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:"));
        if (h2File && !lower.contains("write_delay")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }
}
