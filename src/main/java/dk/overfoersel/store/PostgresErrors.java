package dk.overfoersel.store;

import dk.overfoersel.domain.Texts;
import java.sql.SQLException;

/**
 * PostgreSQL's refusals in Danish, chosen by SQLSTATE (never the server's English text or SQL):
 * a server that does not answer, a rejected login, a missing database, a missing right.
 */
final class PostgresErrors {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private PostgresErrors() {
    }

    static boolean isServerProblem(SQLException e) {
        return messageKey(e.getSQLState()) != null;
    }

    static String openMessage(String url, SQLException e) {
        return Texts.get(messageKey(e.getSQLState()), Credentials.safeUrl(url));
    }

    /** True for a refusal by the row-level security policies or a missing grant. */
    static boolean isRefusal(SQLException e) {
        return INSUFFICIENT_PRIVILEGE.equals(e.getSQLState());
    }

    private static String messageKey(String state) {
        if (state == null) {
            return null;
        }
        if (state.startsWith("08")) {
            return "pg.noServer";
        }
        if (state.startsWith("28")) {
            return "pg.loginRefused";
        }
        if (state.equals("3D000")) {
            return "pg.noDatabase";
        }
        if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            return "pg.noRight";
        }
        return null;
    }
}
