package dk.overfoersel.cli;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.exchange.HistoryJson;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.audit.HistoryEntry;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code history [--round ID] [--transfer N] [--json]}: the audit trail, one line per changed field. */
@Command(name = "history", sortOptions = false)
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final int SHOWN = 80;

    private final Cli root;

    @Option(names = "--round", paramLabel = "ID", descriptionKey = "cli.option.historyRound")
    Long round;

    @Option(names = "--transfer", paramLabel = "N", descriptionKey = "cli.option.historyTransfer")
    Integer transfer;

    @Option(names = "--json", descriptionKey = "cli.option.historyJson")
    boolean json;

    HistoryCommand(Cli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (CaseService service = root.openService()) {
            // a transfer number means something only within a round: the one asked for, or the only one
            Long roundId = round != null || transfer == null ? round : Long.valueOf(service.resolveRound(null));
            List<HistoryEntry> entries = service.history(roundId, transfer);
            if (json) {
                out.print(HistoryJson.write(entries));
            } else if (entries.isEmpty()) {
                out.println(Texts.get("history.none"));
            } else {
                java.util.Map<Long, String> codes = new java.util.HashMap<>();
                service.notes().notes().forEach(n -> codes.put(n.id(), n.code()));
                entries.forEach(e -> out.println(line(e, codes)));
            }
        }
        return Cli.OK;
    }

    static String line(HistoryEntry e) {
        return line(e, java.util.Map.of());
    }

    /**
     * One entry; a budget note's is named by its code ({@code noteCodes}: id → code of the notes stored
     * now), or by its number once the note is deleted.
     */
    static String line(HistoryEntry e, java.util.Map<Long, String> noteCodes) {
        String code = noteCodes.get(e.entityId());
        String where = e.entity().startsWith("budget_note")
                ? code != null ? Texts.get("history.noteCode", code) : Texts.get("history.note", String.valueOf(e.entityId()))
                : e.transferNo() != null
                ? Texts.get("history.transfer", String.valueOf(e.transferNo()))
                : Texts.get("history.round", String.valueOf(e.roundId()));
        return Texts.get("history.line", TIME.format(e.time().atZoneSameInstant(ZoneId.systemDefault())), e.user(), where,
                e.fieldLabel(), shown(e.oldValue()), shown(e.newValue()));
    }

    /** A value on one line: quoted, line breaks shown as ↵, long texts cut (the JSON has them whole). */
    static String shown(String value) {
        if (value == null || value.isEmpty()) {
            return Texts.get("history.empty");
        }
        String flat = value.replace("\r\n", "\n").replace('\n', '↵');
        if (flat.length() > SHOWN) {
            flat = flat.substring(0, SHOWN - 1) + "…";
        }
        return "„" + flat + "“";
    }
}
