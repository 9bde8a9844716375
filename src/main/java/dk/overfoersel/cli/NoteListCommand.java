package dk.overfoersel.cli;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.NoteInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "list")
final class NoteListCommand implements Callable<Integer> {

    private final NoteCommand note;

    NoteListCommand(NoteCommand note) {
        this.note = note;
    }

    @Override
    public Integer call() {
        List<NoteInfo> notes = note.withNotes(s -> s.notes());
        PrintWriter out = note.out();
        if (notes.isEmpty()) {
            out.println(Texts.get("note.cli.list.empty"));
            return Cli.OK;
        }
        out.printf("%4s  %-8s %-10s %-8s %s%n", Texts.get("note.cli.list.id"), Texts.get("note.cli.list.code"),
                Texts.get("note.cli.list.date"), Texts.get("note.cli.list.priceLevel"), Texts.get("note.cli.list.title"));
        for (NoteInfo i : notes) {
            out.printf("%4d  %-8s %-10s %-8s %s (%s)%n", i.id(), i.code(), DanishFormat.date(i.date()), i.priceLevel(),
                    i.title(), i.administration());
        }
        return Cli.OK;
    }
}
