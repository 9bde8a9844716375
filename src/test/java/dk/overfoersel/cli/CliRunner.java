package dk.overfoersel.cli;

import dk.overfoersel.app.Composition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process against a database in a temporary directory. */
final class CliRunner {

    record Result(int code, String out, String err) {
    }

    private final Path db;

    CliRunner(Path dir) {
        this.db = dir.resolve("db");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(Composition.caseServices(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
