package dk.overfoersel.service.note;

import static dk.overfoersel.store.jooq.Tables.AUDIT_ENTRY;
import static dk.overfoersel.store.jooq.Tables.BUDGET_NOTE;
import static dk.overfoersel.store.jooq.Tables.NOTE_AMOUNT;
import static dk.overfoersel.store.jooq.Tables.NOTE_ROW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestDatabase;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.domain.note.SeedNote;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.StaleDataException;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On H2; {@link NoteServiceOnPostgresTest} runs the same on PostgreSQL. */
class NoteServiceTest {

    private String url;

    /** The database these tests run on. */
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    /** This test's database (the same URL when it is reopened). */
    protected String url() {
        if (url == null) {
            url = database().url(dir);
        }
        return url;
    }

    @TempDir
    Path dir;
    Database database;
    NoteService notes;

    @BeforeEach
    void open() {
        database = Database.open(url());
        notes = new CaseService(database).notes();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStoredNoteLoadsEqualWithItsTablesRowsAndStatedTotals() {
        BudgetNote note = SeedNote.note();
        long id = notes.importNote(note, false);
        assertThat(notes.load(id)).isEqualTo(note);
        assertThat(notes.load(id).conversions().rows().get(0).convertsFrom()).isEqualTo("Budgetaftale 2013");
        assertThat(notes.notes()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("BI2");
            assertThat(i.id()).isEqualTo(id);
        });
        assertThat(database.dsl().fetchCount(NOTE_ROW)).isEqualTo(14 + 4 + 6 + 4);
        assertThat(database.dsl().fetchCount(NOTE_AMOUNT)).isEqualTo(14 * 4 + 4 * 4 + 6 * 7 + 4 * 2);
    }

    @Test
    void importingTheSameNoteTwiceIsRefusedUnlessReplaced() {
        long id = notes.importNote(SeedNote.note(), false);
        assertThatThrownBy(() -> notes.importNote(SeedNote.note(), false))
                .isInstanceOf(UseCaseException.class).hasMessageContaining("findes allerede som nr. " + id);
        BudgetNote changed = SeedNote.note().withTable(NoteTableKind.BY_COMMITTEE, null);
        assertThat(notes.importNote(changed, true)).isEqualTo(id);
        assertThat(notes.load(id).byCommittee()).isNull();
        assertThat(database.dsl().fetchCount(BUDGET_NOTE)).isEqualTo(1);
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleOneChangesNothing() {
        long id = notes.importNote(SeedNote.note(), false);
        assertThat(notes.open(id).version()).isEqualTo(1);
        BudgetNote note = notes.load(id);
        List<NoteRow> rows = new ArrayList<>(note.expenditure().rows());
        rows.set(0, rows.get(0).withAmounts(List.of(1200L, 3600L, 6000L, 6000L)));
        BudgetNote edited = note.withTable(NoteTableKind.EXPENDITURE, note.expenditure().withRows(rows));
        assertThat(notes.update(id, 1, edited)).isEqualTo(2);
        assertThat(notes.load(id).expenditure().totals(dk.overfoersel.domain.note.Area.SERVICE).get(0)).isEqualTo(28400L);
        assertThatThrownBy(() -> notes.update(id, 1, note)).isInstanceOf(StaleDataException.class);
        assertThat(notes.load(id)).isEqualTo(edited);
        // the import and the edit are in the audit trail: one entry for the import, one for the changed table
        var entries = database.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY.eq("budget_note"))
                .orderBy(AUDIT_ENTRY.ID).fetch();
        assertThat(entries).extracting(r -> r.getUseCase() + "/" + r.getField())
                .containsExactly("importNote/import", "updateNote/expenditure");
        assertThat(entries.get(1).getOldValue()).contains("Service | Flere samtaler i kontanthjælpsreformen | 1.100; 3.600");
        assertThat(entries.get(1).getNewValue()).contains("Service | Flere samtaler i kontanthjælpsreformen | 1.200; 3.600");
        assertThat(entries.get(1).getEntityId()).isEqualTo(id);
    }

    @Test
    void resolvingANote() {
        assertThatThrownBy(() -> notes.resolveNote(null)).hasMessageContaining("ingen budgetnotater");
        long id = notes.importNote(SeedNote.note(), false);
        assertThat(notes.resolveNote(null)).isEqualTo(id);
        assertThatThrownBy(() -> notes.resolveNote(99L)).hasMessage("Budgetnotat 99 findes ikke.");
        assertThat(notes.delete(id)).isTrue();
        assertThat(database.dsl().fetchCount(NOTE_ROW)).isZero();
    }
}
