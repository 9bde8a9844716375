package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.WindowSettings;
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
    static final String DEFAULT_PORT = "5432";

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(DEFAULT_PORT);
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");

    /** Filled in with what was remembered last time. */
    public static ServerLoginViewModel remembered(WindowSettings settings) {
        ServerLoginViewModel vm = new ServerLoginViewModel();
        vm.host.set(settings.text(HOST, ""));
        vm.port.set(settings.text(PORT, DEFAULT_PORT));
        vm.database.set(settings.text(DATABASE, ""));
        vm.user.set(settings.text(USER, ""));
        return vm;
    }

    /** Stores host, port, database and user (not the password) and saves the settings. */
    public void remember(WindowSettings settings) {
        settings.setText(HOST, host.get().strip());
        settings.setText(PORT, port.get().strip());
        settings.setText(DATABASE, database.get().strip());
        settings.setText(USER, user.get().strip());
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

    /** The JDBC URL ({@code jdbc:postgresql://host:port/database}); TLS options come from the server's IT setup. */
    public String url() {
        return "jdbc:postgresql://" + host.get().strip() + ":" + port.get().strip() + "/" + database.get().strip();
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
}
