package dk.overfoersel.cli;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.BilagOptions;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.check.Finding;
import dk.overfoersel.domain.check.QualityCheck;
import java.io.PrintWriter;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.usecase.WriteBilag;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

    @Option(names = "--date", paramLabel = "DD.MM.ÅÅÅÅ", descriptionKey = "cli.option.bilagDate")
    String date;

    @Option(names = "--case-number", paramLabel = "SAGSNR", descriptionKey = "cli.option.bilagCaseNumber")
    String caseNumber;

    @Option(names = "--no-committee", descriptionKey = "cli.option.bilagNoCommittee")
    boolean noCommittee;

    @Option(names = "--strict", descriptionKey = "cli.option.strict")
    boolean strict;

    /** Exit code of {@code --strict} when the quality check finds a problem (1 stays bad input, 2 usage). */
    static final int PROBLEMS_FOUND = 3;

    BilagCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        BilagFormat format = BilagFormat.ofFile(output)
                .orElseThrow(() -> new Cli.UserError(Texts.get("cli.bilag.unknownExtension", output)));
        if (number <= 0) {
            throw new Cli.UsageError(Texts.get("cli.bilag.badNumber", String.valueOf(number)));
        }
        LocalDate day = date == null ? LocalDate.now() : parseDate(date);
        TransferCase transferCase;
        try (CaseService service = root.openService()) {
            transferCase = service.load(service.resolveRound(round));
        }
        // the document states what the figures are; the quality check's findings are told to the user, not printed
        List<Finding> findings = QualityCheck.of(transferCase);
        PrintWriter err = root.spec.commandLine().getErr();
        for (Finding f : findings) {
            err.println(Texts.get("cli.bilag.warning", f.message()));
        }
        long problems = findings.stream().filter(Finding::isProblem).count();
        if (strict && problems > 0) {
            err.println(Texts.get("cli.bilag.strictRefused", String.valueOf(problems), output));
            err.flush();
            return PROBLEMS_FOUND;
        }
        err.flush();
        try {
            new WriteBilag().write(transferCase, new BilagOptions(number, day, caseNumber, !noCommittee), format, output);
        } catch (OutOfMemoryError e) {
            // the file is written through a temporary file: nothing is left half-written
            throw new Cli.UserError(Texts.get("cli.bilag.outOfMemory", String.valueOf(transferCase.transfers().size()),
                    String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024))));
        }
        root.spec.commandLine().getOut().println(Texts.get("cli.bilag.written", output));
        return Cli.OK;
    }

    /** "20.02.2009" (or ISO "2009-02-20"). */
    private static LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = t.split("\\.");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            throw new Cli.UserError(Texts.get("cli.bilag.badDate", text));
        }
    }
}
