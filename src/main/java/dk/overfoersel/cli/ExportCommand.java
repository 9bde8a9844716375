package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.usecase.ExchangeFormat;
import dk.overfoersel.usecase.ExportRound;
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
        ExchangeFormat exchangeFormat = ExchangeFormat.ofName(format)
                .orElseThrow(() -> new Cli.UserError(Texts.get("cli.unknownFormat", format)));
        try (CaseService service = root.openService()) {
            new ExportRound().write(service.load(service.resolveRound(round)), exchangeFormat, file);
        }
        return Cli.OK;
    }
}
