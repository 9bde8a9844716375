package dk.overfoersel.cli;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.BilagOptions;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.Warning;
import java.io.PrintWriter;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.usecase.WriteBilag;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bilag", sortOptions = false)
final class BilagCommand implements Callable<Integer> {

    private final Cli root;

    @Option(names = "--round", paramLabel = "ID", descriptionKey = "cli.option.round")
    Long round;

    @Option(names = "--number", paramLabel = "N", descriptionKey = "cli.option.bilagNumber",
            defaultValue = "" + BilagOptions.DEFAULT_NUMBER)
    int number;

    @Option(names = "--output", paramLabel = "FIL.pdf|FIL.docx", required = true, descriptionKey = "cli.option.bilagOutput")
    Path output;

    BilagCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        BilagFormat format = BilagFormat.ofFile(output)
                .orElseThrow(() -> new Cli.UserError(Texts.get("cli.bilag.unknownExtension", output)));
        if (number <= 0) {
            throw new Cli.UserError(Texts.get("cli.bilag.badNumber", String.valueOf(number)));
        }
        TransferCase transferCase;
        try (CaseService service = root.openService()) {
            transferCase = service.load(service.resolveRound(round));
        }
        new WriteBilag().write(transferCase, new BilagOptions(number, LocalDate.now()), format, output);
        root.spec.commandLine().getOut().println(Texts.get("cli.bilag.written", output));
        // the document states what the figures are; slips in them are told to the user, not printed
        PrintWriter err = root.spec.commandLine().getErr();
        for (Warning w : transferCase.runningSum().warnings()) {
            err.println(Texts.get("cli.bilag.warning", w.message()));
        }
        err.flush();
        return Cli.OK;
    }
}
