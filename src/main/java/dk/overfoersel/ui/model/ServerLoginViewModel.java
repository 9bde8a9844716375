package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.WindowSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Åbn database på server" dialog: host, port, database, user and password of a PostgreSQL server.
 * Host, port, database and user are remembered in the window settings; the password never is (it is
 * asked each time and forgotten after the open).
 */
public final class ServerLoginViewModel {

    static final String HOST = "server.host";
    static final String PORT = "server.port";
    static final String DATABASE = "server.database";
    static final String USER = "server.user";
    static final String TLS = "server.tls";

    /** How the connection is encrypted: the driver's {@code sslmode} (docs/postgresql.md, TLS). */
    public enum Tls {
        /** Encrypted when the server offers it (the driver's default). */
        PREFER("prefer", "pg.login.tls.prefer"),
        /** Always encrypted. */
        REQUIRE("require", "pg.login.tls.require"),
        /** Always encrypted, and the server's certificate and name are checked (recommended). */
        VERIFY_FULL("verify-full", "pg.login.tls.verifyFull");

        private final String sslmode;
        private final String key;

        Tls(String sslmode, String key) {
            this.sslmode = sslmode;
            this.key = key;
        }

        @Override
        public String toString() {
            return Texts.get(key);
        }
    }
    static final String DEFAULT_PORT = "5432";

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(DEFAULT_PORT);
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Tls> tls = new SimpleObjectProperty<>(Tls.PREFER);

    /** Filled in with what was remembered last time. */
    public static ServerLoginViewModel remembered(WindowSettings settings) {
        ServerLoginViewModel vm = new ServerLoginViewModel();
        vm.host.set(settings.text(HOST, ""));
        vm.port.set(settings.text(PORT, DEFAULT_PORT));
        vm.database.set(settings.text(DATABASE, ""));
        vm.user.set(settings.text(USER, ""));
        try {
            vm.tls.set(Tls.valueOf(settings.text(TLS, Tls.PREFER.name())));
        } catch (IllegalArgumentException e) {
            vm.tls.set(Tls.PREFER); // a settings file edited by hand
        }
        return vm;
    }

    /** Stores host, port, database and user (not the password) and saves the settings. */
    public void remember(WindowSettings settings) {
        settings.setText(HOST, host.get().strip());
        settings.setText(PORT, port.get().strip());
        settings.setText(DATABASE, database.get().strip());
        settings.setText(USER, user.get().strip());
        settings.setText(TLS, tls.get().name());
        settings.save();
    }

    /** The first thing wrong, in Danish naming the field, or null when the fields can be used. */
    public String problem() {
        if (host.get().isBlank()) {
            return Texts.get("pg.login.missing", Texts.get("pg.login.host"));
        }
        if (!host.get().strip().matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            return Texts.get("pg.login.badHost");
        }
        String p = port.get().strip();
        if (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
            return Texts.get("pg.login.badPort");
        }
        if (!database.get().strip().matches("[A-Za-z0-9_\\-]+")) {
            return Texts.get("pg.login.badDatabase");
        }
        if (user.get().isBlank()) {
            return Texts.get("pg.login.missing", Texts.get("pg.login.user"));
        }
        return null;
    }

    /** The JDBC URL ({@code jdbc:postgresql://host:port/database}, with {@code ?sslmode=} unless the default). */
    public String url() {
        String url = "jdbc:postgresql://" + host.get().strip() + ":" + port.get().strip() + "/" + database.get().strip();
        return tls.get() == Tls.PREFER ? url : url + "?sslmode=" + tls.get().sslmode;
    }

    /** The password typed, then forgotten. */
    public String takePassword() {
        String p = password.get();
        password.set("");
        return p;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Tls> tlsProperty() {
        return tls;
    }
}
