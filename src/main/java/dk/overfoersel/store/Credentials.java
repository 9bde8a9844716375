package dk.overfoersel.store;

import java.util.Map;

/**
 * Who connects to a PostgreSQL server: the user and password, each null when the JDBC URL (or the
 * driver's defaults, such as {@code ~/.pgpass}) should decide. H2 files ignore them. The password is
 * never written anywhere by the program.
 */
public record Credentials(String user, String password) {

    public static final String USER_ENV = "OVERFOERSEL_DB_USER";
    public static final String PASSWORD_ENV = "OVERFOERSEL_DB_PASSWORD";

    public static final Credentials NONE = new Credentials(null, null);

    public Credentials {
        user = blankToNull(user);
        password = password == null || password.isEmpty() ? null : password;
    }

    /** From {@code OVERFOERSEL_DB_USER} and {@code OVERFOERSEL_DB_PASSWORD}. */
    public static Credentials fromEnvironment(Map<String, String> env) {
        return new Credentials(env.get(USER_ENV), env.get(PASSWORD_ENV));
    }

    /** These credentials with the user replaced by the {@code --user} option, when given. */
    public Credentials withUser(String option) {
        return option == null || option.isBlank() ? this : new Credentials(option, password);
    }

    /** The URL with any {@code password=} parameter masked, for messages and logs. */
    public static String safeUrl(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
