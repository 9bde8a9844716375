package dk.overfoersel.cli;

import static dk.overfoersel.domain.DanishFormat.amount;
import static dk.overfoersel.domain.DanishFormat.kroner;
import static dk.overfoersel.domain.DanishFormat.millions;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.domain.Warning;
import dk.overfoersel.exchange.SummaryJson;
import dk.overfoersel.service.CaseService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "summary", sortOptions = false)
final class SummaryCommand implements Callable<Integer> {

    private final Cli root;

    @Option(names = "--round", paramLabel = "ID", descriptionKey = "cli.option.round")
    Long round;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    SummaryCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (CaseService service = root.openService()) {
            long id = service.resolveRound(round);
            TransferCase transferCase = service.amountsOnly(id);
            Summary summary = transferCase.runningSum().summary();
            if (json) {
                out.print(SummaryJson.write(summary));
            } else {
                printHuman(out, transferCase.round(), summary);
            }
        }
        return Cli.OK;
    }

    static void printHuman(PrintWriter out, Round round, Summary s) {
        out.println(Texts.get("summary.heading", round.administration(), String.valueOf(round.accountsYear()),
                String.valueOf(round.budgetYear())));
        out.println();
        line(out, "summary.netUnderspend", s.netUnderspend());
        line(out, "summary.earlyTotal", s.earlyTotal());
        line(out, "summary.ceiling", s.ceiling());
        line(out, "summary.requestedTotal", s.requestedTotal());
        line(out, "summary.headroom", s.headroom());
        line(out, "summary.skema3AtRisk", s.skema3AtRisk());
        out.println();
        out.printf("%4s %5s %18s %18s %18s %18s %18s %18s%n", Texts.get("summary.col.number"),
                Texts.get("summary.col.schedule"), Texts.get("summary.col.amount"), Texts.get("summary.col.early"),
                Texts.get("summary.col.committed"), Texts.get("summary.col.pending"), Texts.get("summary.col.planned"),
                Texts.get("summary.col.uncommitted"));
        for (TransferFigures f : s.transfers()) {
            out.printf("%4d %5d %18s %18s %18s %18s %18s %18s%n", f.number(), f.schedule(), amount(f.amount()),
                    amount(f.earlyApproved()), amount(f.committed()), amount(f.pending()), amount(f.planned()),
                    amount(f.uncommitted()));
        }
        out.println();
        if (s.warnings().isEmpty()) {
            out.println(Texts.get("summary.noWarnings"));
        } else {
            out.println(Texts.get("summary.warnings"));
            for (Warning w : s.warnings()) {
                out.println("  ! " + w.message());
            }
        }
    }

    private static void line(PrintWriter out, String key, Money value) {
        out.printf("%-34s %16s %22s%n", Texts.get(key), millions(value), kroner(value));
    }
}
