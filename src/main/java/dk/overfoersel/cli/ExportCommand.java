package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.usecase.ExchangeFormat;
import dk.overfoersel.usecase.ExportRound;
import dk.overfoersel.domain.DanishFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    private final Cli root;

    @Option(names = "--round", paramLabel = "ID", descriptionKey = "cli.option.round")
    Long round;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.option.format")
    String format;

    @Parameters(index = "0", paramLabel = "FIL", descriptionKey = "cli.param.exportFile")
    Path file;

    ExportCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        boolean xlsx = xlsx(format, file);
        try (CaseService service = root.openService()) {
            new ExportRound().write(service.load(service.resolveRound(round)), xlsx ? ExchangeFormat.XLSX : ExchangeFormat.JSON, file);
        }
        return Cli.OK;
    }

    /**
     * The format: by the file's extension (.json, .xlsx), as import and bilag do; {@code --format} may
     * say the same or choose for another extension; anything else is a usage error.
     */
    static boolean xlsx(String format, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String byExtension = name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".json") ? "json" : null;
        if (format == null) {
            return "xlsx".equals(byExtension);
        }
        String asked = format.strip().toLowerCase(Locale.ROOT);
        if (!asked.equals("json") && !asked.equals("xlsx")) {
            throw new Cli.UsageError(Texts.get("cli.unknownFormat", DanishFormat.shorten(format)));
        }
        if (byExtension != null && !byExtension.equals(asked)) {
            throw new Cli.UsageError(Texts.get("cli.formatMismatch", asked, file.getFileName()));
        }
        return asked.equals("xlsx");
    }
}
