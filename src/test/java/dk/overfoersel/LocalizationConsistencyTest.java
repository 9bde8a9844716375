package dk.overfoersel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.WarningCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key used in the code is in one of the bundles in {@code i18n/}, and every key there is used.
 * A key is "used" when it appears as a string literal in src/main/java ({@code Texts.get("a.b")},
 * {@code descriptionKey = "a.b"}, {@code key("a.b")}), as {@code %a.b} in an FXML file, or is built from
 * one of the dynamic prefixes below with an enum constant. picocli reads its own keys
 * ({@code usage.*}, {@code help}, {@code version}, {@code <command>.usage.*}).
 */
class LocalizationConsistencyTest {

    private static final Path BUNDLE = Path.of("src/main/resources/i18n");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("%([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)");

    @Test
    void everyUsedKeyIsDefinedAndEveryDefinedKeyIsUsed() throws IOException {
        Set<String> defined = definedKeys();
        Set<String> literals = literalsInSources();

        Set<String> dynamic = new TreeSet<>();
        for (CommitmentStatus s : CommitmentStatus.values()) {
            dynamic.add("status." + s.name());
        }
        for (WarningCode c : WarningCode.values()) {
            dynamic.add("warning." + c.name());
        }

        Set<String> missing = new TreeSet<>(dynamic);
        for (String literal : literals) {
            if (looksLikeKey(literal, defined)) {
                missing.add(literal);
            }
        }
        missing.removeAll(defined);
        assertThat(missing).as("keys used in the code but missing from " + BUNDLE).isEmpty();

        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(literals);
        unused.removeAll(dynamic);
        unused.removeIf(LocalizationConsistencyTest::isPicocliKey);
        assertThat(unused).as("keys in " + BUNDLE + " that nothing uses").isEmpty();
    }

    @Test
    void everyTextFormatsWithoutError() throws IOException {
        for (String key : definedKeys()) {
            assertThat(Texts.get(key, "a", "b", "c", "d", "e", "f", "g")).as(key).doesNotStartWith("!");
        }
    }

    private static boolean isPicocliKey(String key) {
        return key.startsWith("usage.") || key.equals("help") || key.equals("version") || key.contains(".usage.");
    }

    /** A literal counts as a key when it uses one of the bundle's key prefixes (a.b, with a known "a."). */
    private static boolean looksLikeKey(String literal, Set<String> defined) {
        String prefix = literal.substring(0, literal.indexOf('.') + 1);
        if (literal.endsWith(".json") || literal.endsWith(".sql") || literal.contains("..")) {
            return false;
        }
        return defined.stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** The keys of every bundle file in {@link Texts#FILES}; a key defined in two files fails. */
    static Set<String> definedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                assertThat(Texts.FILES).as("bundle file read by Texts").contains(file.getFileName().toString());
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : p.stringPropertyNames()) {
                    assertThat(keys.add(key)).as(key + " is defined twice (again in " + file + ")").isTrue();
                }
            }
        }
        return keys;
    }

    private static Set<String> literalsInSources() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    collect(LITERAL, Files.readString(file, StandardCharsets.UTF_8), found);
                } else if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(file, StandardCharsets.UTF_8), found);
                }
            }
        }
        return found;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
