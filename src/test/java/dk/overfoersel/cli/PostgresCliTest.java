package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.PostgresServer;
import dk.overfoersel.app.Composition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line on a PostgreSQL server: {@code --db jdbc:postgresql://…} with {@code --user}. */
class PostgresCliTest {

    private CliRunner.Result run(String url, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", url));
        all.addAll(List.of(args));
        int code = Cli.run(Composition.caseServices(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new));
        return new CliRunner.Result(code, out.toString(), err.toString());
    }

    @Test
    void migratesAnEmptyDatabaseAndWorksAsTheUserOfTheUserOption() {
        String name = PostgresServer.databaseName(PostgresServer.emptyUrl());
        String url = PostgresServer.urlWithoutUser(name);

        assertThat(run(url, "--user", PostgresServer.SUPERUSER, "example").code()).isZero();
        CliRunner.Result rounds = run(url, "--user", PostgresServer.SUPERUSER, "rounds");
        assertThat(rounds.code()).isZero();
        assertThat(rounds.out()).contains("2008→2009");
        CliRunner.Result history = run(url, "--user", PostgresServer.SUPERUSER, "history");
        assertThat(history.out()).contains(PostgresServer.SUPERUSER);
    }

    @Test
    void backupOnPostgresqlSaysToUsePgDump() {
        String url = PostgresServer.freshUrl();
        CliRunner.Result backup = run(url, "backup");
        assertThat(backup.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(backup.err()).contains("pg_dump").doesNotContain("select").doesNotContain("Exception");
    }

    @Test
    void aMissingDatabaseIsNamedInDanish() {
        String url = PostgresServer.urlWithoutUser("findes_ikke") + "?user=" + PostgresServer.SUPERUSER;
        CliRunner.Result rounds = run(url, "rounds");
        assertThat(rounds.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(rounds.err()).contains("findes ikke på PostgreSQL-serveren").doesNotContain("FATAL");
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedInDanish() {
        CliRunner.Result rounds = run("jdbc:postgresql://127.0.0.1:1/x?user=a&password=hemmelig&connectTimeout=2", "rounds");
        assertThat(rounds.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(rounds.err()).contains("svarer ikke").doesNotContain("hemmelig");
    }
}
