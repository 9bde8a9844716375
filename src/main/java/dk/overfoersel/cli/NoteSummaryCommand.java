package dk.overfoersel.cli;

import static dk.overfoersel.domain.note.NoteFormat.thousands;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.exchange.note.NoteSummaryJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "summary", sortOptions = false)
final class NoteSummaryCommand implements Callable<Integer> {

    private final NoteCommand note;

    @Option(names = "--note", paramLabel = "ID", descriptionKey = "note.cli.option.note")
    Long id;

    @Option(names = "--json", descriptionKey = "note.cli.option.json")
    boolean json;

    @Option(names = "--strict", descriptionKey = "note.cli.option.strict")
    boolean strict;

    NoteSummaryCommand(NoteCommand note) {
        this.note = note;
    }

    @Override
    public Integer call() {
        BudgetNote budgetNote = note.withNotes(notes -> notes.load(notes.resolveNote(id)));
        PrintWriter out = note.out();
        if (json) {
            out.print(NoteSummaryJson.write(budgetNote));
        } else {
            print(out, budgetNote);
        }
        out.flush();
        return note.reportChecks(budgetNote, strict);
    }

    private static void print(PrintWriter out, BudgetNote n) {
        out.println(n.code() + " – " + n.title());
        out.println(Texts.get("note.cli.summary.heading", n.administration(), DanishFormat.date(n.date()),
                String.valueOf(n.priceLevel())));
        for (NoteTableKind kind : NoteTableKind.values()) {
            NoteTable table = n.table(kind);
            if (table == null) {
                continue;
            }
            out.println();
            StringBuilder head = new StringBuilder(String.format("%-56s", kind.label()));
            for (int year : table.years()) {
                head.append(String.format("%10d", year));
            }
            out.println(head.append(String.format("%10s", Texts.get("note.total"))));
            if (kind.hasAreas()) {
                for (Area area : table.areas()) {
                    line(out, area.totalLabel(), table.totals(area));
                }
            }
            line(out, Texts.get("note.total"), table.totals());
        }
        out.println();
    }

    private static void line(PrintWriter out, String label, List<Long> totals) {
        StringBuilder s = new StringBuilder(String.format("  %-54s", label));
        long sum = 0;
        for (long t : totals) {
            s.append(String.format("%10s", thousands(t)));
            sum += t;
        }
        out.println(s.append(String.format("%10s", thousands(sum))));
    }
}
