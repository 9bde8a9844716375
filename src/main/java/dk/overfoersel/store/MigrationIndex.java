package dk.overfoersel.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Whether a database's schema is already current, decided without Flyway: the migration scripts'
 * names are listed at build time in {@code db/migration-index.txt} (Maven, see pom.xml), and the
 * database's {@code flyway_schema_history} is read directly. Flyway (its classpath scan, validation
 * and migration) runs only when they differ, which on a start with an unchanged program is never.
 */
final class MigrationIndex {

    static final String RESOURCE = "/db/migration-index.txt";
    /** The PostgreSQL-only scripts (row-level security), in {@code db/vendor/postgresql}. */
    static final String POSTGRESQL_RESOURCE = "/db/vendor/postgresql/migration-index.txt";

    private MigrationIndex() {
    }

    /** The versions of the versioned scripts ({@code V2_1__x.sql} → "2.1"), or null when the index is missing or has repeatable scripts. */
    static Set<String> bundledVersions() {
        return versionsIn(RESOURCE);
    }

    /** The versions migrated on a PostgreSQL server: the portable scripts and the PostgreSQL-only ones. */
    static Set<String> bundledPostgresVersions() {
        Set<String> portable = versionsIn(RESOURCE);
        Set<String> vendor = versionsIn(POSTGRESQL_RESOURCE);
        if (portable == null || vendor == null) {
            return null;
        }
        Set<String> all = new TreeSet<>(portable);
        all.addAll(vendor);
        return all;
    }

    private static Set<String> versionsIn(String resource) {
        try (InputStream in = MigrationIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
            }
            return versionsOf(names);
        } catch (IOException e) {
            return null;
        }
    }

    /** The normalised versions of these script names, or null when one is not a plain versioned script. */
    static Set<String> versionsOf(List<String> scriptNames) {
        Set<String> versions = new TreeSet<>();
        for (String name : scriptNames) {
            int separator = name.indexOf("__");
            if (!name.startsWith("V") || separator < 2 || !name.endsWith(".sql")) {
                return null;
            }
            String version = normalise(name.substring(1, separator).replace('_', '.'));
            if (version == null) {
                return null;
            }
            versions.add(version);
        }
        return versions.isEmpty() ? null : versions;
    }

    /** "01.2" → "1.2"; null when not numeric. */
    static String normalise(String version) {
        StringBuilder out = new StringBuilder();
        for (String part : version.split("\\.", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)) {
                return null;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(new BigInteger(part));
        }
        return out.toString();
    }

    /**
     * True when every bundled migration, and nothing else, is recorded as applied successfully
     * (no failed row). Any doubt — no history table, an unreadable row, no index — is false: Flyway decides.
     */
    static boolean schemaIsCurrent(DataSource dataSource, Set<String> bundled) {
        if (bundled == null) {
            return false;
        }
        Set<String> applied = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null")) {
            while (rows.next()) {
                String version = normalise(rows.getString(1));
                if (version == null || !rows.getBoolean(2)) {
                    return false;
                }
                applied.add(version);
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(bundled);
    }
}
