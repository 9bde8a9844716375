package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.exchange.JsonCaseWriter;
import dk.overfoersel.exchange.XlsxCaseWriter;
import dk.overfoersel.service.CaseService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    private final Cli root;

    @Option(names = "--round", paramLabel = "ID", descriptionKey = "cli.option.round")
    Long round;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.option.format", defaultValue = "json")
    String format;

    @Parameters(index = "0", paramLabel = "FIL", descriptionKey = "cli.param.exportFile")
    Path file;

    ExportCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"json".equalsIgnoreCase(format)) {
            throw new Cli.UserError(Texts.get("cli.unknownFormat", format));
        }
        try (CaseService service = root.openService()) {
            long id = service.resolveRound(round);
            if (xlsx) {
                new XlsxCaseWriter().write(service.load(id), file);
            } else {
                new JsonCaseWriter().write(service.load(id), file);
            }
        }
        return Cli.OK;
    }
}
