package dk.overfoersel.cli;

import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.service.CaseService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "example")
final class ExampleCommand implements Callable<Integer> {

    private final Cli root;

    @Option(names = "--replace", descriptionKey = "cli.option.replace")
    boolean replace;

    ExampleCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (CaseService service = root.openService()) {
            long id = service.importCase(ExampleRound.load(), replace);
            root.spec.commandLine().getOut().println(id);
        }
        return Cli.OK;
    }
}
