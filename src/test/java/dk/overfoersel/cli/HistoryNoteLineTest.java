package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.service.audit.HistoryEntry;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryNoteLineTest {

    @TempDir
    Path dir;

    private static HistoryEntry noteEntry(long id) {
        return new HistoryEntry(1, OffsetDateTime.parse("2026-01-02T10:00:00Z"), "bo", "note.edit",
                "budget_note", id, null, null, null, "title", "Gammel", "Ny");
    }

    @Test
    void aNoteEntryNamesTheNoteByItsCode() {
        assertThat(HistoryCommand.line(noteEntry(7), Map.of(7L, "BI2"))).contains("budgetnotat BI2").doesNotContain("runde");
    }

    @Test
    void aDeletedNoteIsNamedByItsNumber() {
        assertThat(HistoryCommand.line(noteEntry(7), Map.of(8L, "BI3"))).contains("budgetnotat nr. 7").doesNotContain("runde");
    }

    @Test
    void theHistoryCommandShowsTheCodeOfAnImportedNote() {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("note", "example").code()).isZero();
        CliRunner.Result history = cli.run("history");
        assertThat(history.code()).isZero();
        assertThat(history.out().lines()).singleElement().asString().contains("  budgetnotat BI2  ").doesNotContain("nr.");
    }
}
