package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.PostgresServer;
import dk.overfoersel.TestCases;
import dk.overfoersel.app.Composition;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import dk.overfoersel.ui.StubDialogs;
import dk.overfoersel.ui.WindowSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filer → Åbn database på server …: the dialog's view model and an open of the embedded PostgreSQL. */
class ServerLoginTest {

    @TempDir
    Path dir;

    @Test
    void namesTheWrongFieldAndBuildsTheUrl() {
        ServerLoginViewModel login = new ServerLoginViewModel();
        assertThat(login.problem()).isEqualTo("Udfyld feltet „Server“.");
        login.hostProperty().set("db.kommune.dk");
        login.portProperty().set("54x");
        assertThat(login.problem()).contains("Porten");
        login.portProperty().set("5433");
        assertThat(login.problem()).contains("Databasens navn");
        login.databaseProperty().set("overfoersel");
        assertThat(login.problem()).isEqualTo("Udfyld feltet „Brugernavn“.");
        login.userProperty().set("anna");
        assertThat(login.problem()).isNull();
        assertThat(login.url()).isEqualTo("jdbc:postgresql://db.kommune.dk:5433/overfoersel");
        login.tlsProperty().set(ServerLoginViewModel.Tls.VERIFY_FULL);
        assertThat(login.url()).isEqualTo("jdbc:postgresql://db.kommune.dk:5433/overfoersel?sslmode=verify-full");
        assertThat(login.tlsProperty().get()).hasToString("Altid, og serverens certifikat kontrolleres (anbefalet)");
    }

    @Test
    void remembersEverythingButThePassword() throws Exception {
        Path file = dir.resolve("vindue.properties");
        ServerLoginViewModel login = new ServerLoginViewModel();
        login.hostProperty().set("db.kommune.dk");
        login.databaseProperty().set("overfoersel");
        login.userProperty().set("anna");
        login.passwordProperty().set("hemmelig-42");
        login.tlsProperty().set(ServerLoginViewModel.Tls.REQUIRE);
        login.remember(WindowSettings.at(file));

        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("db.kommune.dk").contains("anna").doesNotContain("hemmelig");
        ServerLoginViewModel again = ServerLoginViewModel.remembered(WindowSettings.at(file));
        assertThat(again.hostProperty().get()).isEqualTo("db.kommune.dk");
        assertThat(again.portProperty().get()).isEqualTo("5432");
        assertThat(again.userProperty().get()).isEqualTo("anna");
        assertThat(again.passwordProperty().get()).isEmpty();
        assertThat(again.tlsProperty().get()).isEqualTo(ServerLoginViewModel.Tls.REQUIRE);
        assertThat(again.url()).endsWith("?sslmode=require");
    }

    @Test
    void opensTheServersDatabaseFromTheMenu() {
        String url = PostgresServer.freshUrl();
        try (CaseService s = new CaseService(Database.open(url))) {
            s.importCase(TestCases.small(), false);
        }
        int port = PostgresServer.server().getPort();
        StubDialogs dialogs = new StubDialogs();
        dialogs.serverAnswer = login -> {
            login.hostProperty().set("localhost");
            login.portProperty().set(String.valueOf(port));
            login.databaseProperty().set(PostgresServer.databaseName(url));
            login.userProperty().set(PostgresServer.SUPERUSER);
            login.passwordProperty().set("ikke-gemt");
            return login.problem() == null;
        };
        Workspace workspace = new Workspace(Composition.caseServices(Map.of()), Background.direct(), dialogs);
        MainViewModel vm = new MainViewModel(workspace, null);
        WindowSettings settings = WindowSettings.inMemory();
        vm.setSettings(settings);

        vm.openServerDatabase();

        assertThat(dialogs.errors).isEmpty();
        assertThat(workspace.rounds()).extracting(r -> r.administration()).containsExactly("Testforvaltningen");
        assertThat(settings.text("server.user", "")).isEqualTo(PostgresServer.SUPERUSER);
        assertThat(settings.text("server.password", null)).isNull();
    }
}
