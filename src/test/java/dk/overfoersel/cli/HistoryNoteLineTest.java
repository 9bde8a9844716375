package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.service.audit.HistoryEntry;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class HistoryNoteLineTest {

    @Test
    void noteEntryNamesTheNoteNotARound() {
        HistoryEntry e = new HistoryEntry(1, OffsetDateTime.parse("2026-01-02T10:00:00Z"), "bo", "note.edit",
                "budget_note", 7, null, null, null, "title", "Gammel", "Ny");
        String line = HistoryCommand.line(e);
        assertThat(line).contains("budgetnotat nr. 7").doesNotContain("runde");
    }
}
