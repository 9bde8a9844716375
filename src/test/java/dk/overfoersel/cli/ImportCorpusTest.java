package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed files ({@code src/test/resources/corpus}, made by {@code scripts/corpus/}): each is
 * imported with {@code import --replace} over the example round by the real command line. Every one must
 * exit with 1, print the error line listed for it in {@code expected-*.tsv} (its place and the Danish
 * message), show no stack trace or library text, and leave every row of every table as it was.
 */
class ImportCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final List<String> FOREIGN = List.of("Exception", "java.", "javax.", "org.", "com.fasterxml",
            "poi", "POI", "SQL", "\tat ", "Caused by", "bugzilla", "JsonReadFeature", "MVStore", ".tmp");

    @TempDir
    static Path dir;
    static CliRunner cli;
    static String checksum;

    @BeforeAll
    static void theExampleRound() throws Exception {
        cli = new CliRunner(dir);
        assertThat(cli.run("example").code()).isZero();
        checksum = checksum();
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String kind : List.of("json", "xlsx")) {
            for (String line : Files.readAllLines(CORPUS.resolve("expected-" + kind + ".tsv"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.split("\t", 2);
                    all.add(Arguments.of(kind + "/" + parts[0], parts[1]));
                }
            }
        }
        return all.stream();
    }

    @Test
    void theCorpusHasAtLeastOneHundredFilesEachWithItsExpectedMessage() throws IOException {
        long files = 0;
        for (String kind : List.of("json", "xlsx")) {
            try (Stream<Path> list = Files.list(CORPUS.resolve(kind))) {
                files += list.count();
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(100).isEqualTo(corpus().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aMalformedFileIsRefusedWithItsPlaceAndTheDatabaseIsUnchanged(String file, String expected) throws Exception {
        CliRunner.Result r = cli.run("import", "--replace", CORPUS.resolve(file).toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Filen kan ikke importeres").contains("intet er gemt").contains(expected);
        for (String foreign : FOREIGN) {
            assertThat(r.err()).as("library text in the message").doesNotContain(foreign);
        }
        assertThat(checksum()).as("every row of every table").isEqualTo(checksum);
    }

    /** SHA-256 over every row of every table (sorted), read with plain JDBC after the command has closed the database. */
    static String checksum() throws SQLException, java.security.NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (t.next()) {
                    tables.add(t.getString(1));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                sha.update((table + ":" + rows.size() + "\n").getBytes(StandardCharsets.UTF_8));
                for (String row : rows) {
                    sha.update(row.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
