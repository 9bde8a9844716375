package dk.overfoersel.cli;

import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.ImportResult;
import dk.overfoersel.usecase.ImportFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    private final Cli root;

    @Option(names = "--replace", descriptionKey = "cli.option.replace")
    boolean replace;

    @Parameters(index = "0", paramLabel = "FIL.json|FIL.xlsx", descriptionKey = "cli.param.importFile")
    Path file;

    ImportCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        // read and validate the whole file first: nothing is written when it has errors
        ImportFile importFile = new ImportFile();
        TransferCase transferCase = importFile.read(file);
        try (CaseService service = root.openService()) {
            ImportResult result = importFile.store(service, file, transferCase, replace);
            root.spec.commandLine().getOut().println(result.roundId());
            tellAboutFigures(result);
        }
        return Cli.OK;
    }

    private void tellAboutFigures(ImportResult result) {
        java.io.PrintWriter err = root.spec.commandLine().getErr();
        if (result.figuresKept() > 0) {
            err.println(Texts.get("cli.import.figuresKept", String.valueOf(result.figuresKept())));
        }
        if (!result.figuresDropped().isEmpty()) {
            err.println(Texts.get("cli.import.figuresDropped", result.figuresDropped().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        err.flush();
    }
}
