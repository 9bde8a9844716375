package dk.overfoersel.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The text lengths of the rules are those of the schema: read from the Flyway scripts, compared one by one. */
class LimitsMatchSchemaTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern TABLE = Pattern.compile("CREATE TABLE\\s+(\\w+)\\s*\\((.*?)\\);", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\s*\\((\\d+)\\)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDED = Pattern.compile(
            "ALTER TABLE\\s+(\\w+)\\s+(?:ADD|ALTER)\\s+(?:COLUMN\\s+)?(\\w+)\\s+(?:SET DATA TYPE\\s+)?VARCHAR\\s*\\((\\d+)\\)",
            Pattern.CASE_INSENSITIVE);
    /** The tables whose texts the rules of this package check; status is an enum, checked as one. */
    private static final Set<String> CASE_TABLES = Set.of("round", "underspend_line", "transfer", "commitment");
    private static final Set<String> NOT_FREE_TEXT = Set.of("commitment.status");

    @Test
    void everyTextLimitIsTheSchemasAndEveryTextColumnHasALimit() throws IOException {
        Map<String, Integer> schema = varcharColumns();
        assertThat(schema).as("VARCHAR columns found in " + MIGRATIONS).isNotEmpty();
        for (Map.Entry<String, Integer> limit : Limits.COLUMNS.entrySet()) {
            assertThat(schema.get(limit.getKey())).as("schema length of " + limit.getKey()).isEqualTo(limit.getValue());
        }
        schema.forEach((column, length) -> {
            if (CASE_TABLES.contains(column.substring(0, column.indexOf('.'))) && !NOT_FREE_TEXT.contains(column)) {
                assertThat(Limits.COLUMNS).as("a rule for the length of " + column).containsEntry(column, length);
            }
        });
    }

    private static Map<String, Integer> varcharColumns() throws IOException {
        Map<String, Integer> columns = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = Files.readString(file, StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
                Matcher table = TABLE.matcher(sql);
                while (table.find()) {
                    Matcher column = COLUMN.matcher(table.group(2));
                    while (column.find()) {
                        columns.put(key(table.group(1), column.group(1)), Integer.parseInt(column.group(2)));
                    }
                }
                Matcher added = ADDED.matcher(sql);
                while (added.find()) {
                    columns.put(key(added.group(1), added.group(2)), Integer.parseInt(added.group(3)));
                }
            }
        }
        return columns;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
