package dk.overfoersel.store;

import org.jooq.SQLDialect;

/** The one place where the SQL dialect is chosen, from the JDBC URL. */
public final class Dialects {

    private Dialects() {
    }

    public static SQLDialect forUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(java.util.Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new StoreException(dk.overfoersel.domain.Texts.get("db.unsupportedUrl", Credentials.safeUrl(jdbcUrl)));
    }
}
