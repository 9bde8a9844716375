package dk.overfoersel.cli;

import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.access.AdministrationGroup;
import dk.overfoersel.service.CaseService;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code overfoersel access list|map}: which PostgreSQL group changes an administration's rounds and notes
 * (docs/postgresql.md). The mapping is written through the audited write path, so IT does not insert rows
 * by hand; on a server only the owner role may change it.
 */
@Command(name = "access", sortOptions = false)
final class AccessCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Cli root;

    private AccessCommand(Cli root) {
        this.root = root;
    }

    static CommandLine commandLine(Cli root) {
        AccessCommand access = new AccessCommand(root);
        CommandLine cmd = new CommandLine(access);
        cmd.addSubcommand(new ListMappings(access));
        cmd.addSubcommand(new Map(access));
        return cmd;
    }

    /** Without a subcommand: the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    PrintWriter out() {
        return root.spec.commandLine().getOut();
    }

    @Command(name = "list")
    static final class ListMappings implements Callable<Integer> {

        private final AccessCommand access;

        ListMappings(AccessCommand access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            List<Stored<AdministrationGroup>> mappings;
            try (CaseService service = access.root.openService()) {
                mappings = service.access().list();
            }
            PrintWriter out = access.out();
            if (mappings.isEmpty()) {
                out.println(Texts.get("access.cli.none"));
            }
            for (Stored<AdministrationGroup> m : mappings) {
                AdministrationGroup g = m.value();
                out.println(Texts.get(g.readsAll() ? "access.cli.lineReadsAll" : "access.cli.line",
                        g.administration(), g.groupName()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "map", sortOptions = false)
    static final class Map implements Callable<Integer> {

        private final AccessCommand access;

        @Parameters(index = "0", paramLabel = "FORVALTNING", descriptionKey = "access.cli.administration")
        String administration;

        @Parameters(index = "1", paramLabel = "GRUPPE", descriptionKey = "access.cli.group")
        String group;

        @Option(names = "--reads-all", descriptionKey = "access.cli.readsAll")
        boolean readsAll;

        Map(AccessCommand access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            AdministrationGroup mapping = new AdministrationGroup(administration, group, readsAll);
            try (CaseService service = access.root.openService()) {
                service.access().map(mapping);
            }
            access.out().println(Texts.get(readsAll ? "access.cli.mappedReadsAll" : "access.cli.mapped",
                    mapping.administration(), mapping.groupName()));
            return Cli.OK;
        }
    }
}
