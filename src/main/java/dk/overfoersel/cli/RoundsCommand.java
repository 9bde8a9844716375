package dk.overfoersel.cli;

import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.CaseService;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "rounds")
final class RoundsCommand implements Callable<Integer> {

    private final Cli root;

    RoundsCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (CaseService service = root.openService()) {
            List<RoundInfo> rounds = service.rounds();
            if (rounds.isEmpty()) {
                out.println(Texts.get("cli.rounds.none"));
                return Cli.OK;
            }
            out.printf("%-5s %-9s %-11s %s%n", Texts.get("cli.rounds.id"), Texts.get("cli.rounds.years"),
                    Texts.get("cli.rounds.transfers"), Texts.get("cli.rounds.administration"));
            for (RoundInfo r : rounds) {
                out.printf("%-5d %-9s %11d %s (%s)%n", r.id(), r.accountsYear() + "→" + r.budgetYear(),
                        r.transferCount(), r.administration(), r.committee());
            }
        }
        return Cli.OK;
    }
}
