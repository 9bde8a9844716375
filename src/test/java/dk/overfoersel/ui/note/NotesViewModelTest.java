package dk.overfoersel.ui.note;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestCases;
import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import dk.overfoersel.ui.StubDialogs;
import dk.overfoersel.ui.model.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesViewModelTest {

    @TempDir
    Path dir;
    CaseService service;
    StubDialogs dialogs = new StubDialogs();
    NotesViewModel vm;

    @BeforeEach
    void open() {
        service = new CaseService(Database.open(TestCases.url(dir)));
        vm = new NotesViewModel(service::notes, Background.direct(), dialogs);
        vm.loadExample();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private long serviceTotal2016() {
        return service.notes().load(vm.noteId()).expenditure().totals(Area.SERVICE).get(0);
    }

    @Test
    void theExampleOpensWithItsCheckAndComputedLines() {
        assertThat(vm.notesList()).singleElement().satisfies(n -> assertThat(n.code()).isEqualTo("BI2"));
        assertThat(vm.checks()).containsExactly("Tabel 5, 2016: angivet i alt 9.300, rækkerne giver 9.400 (forskel 100)");
        var lines = NotesViewModel.lines(vm.noteProperty().get(), NoteTableKind.EXPENDITURE);
        assertThat(lines).hasSize(14 + 3);
        assertThat(lines.get(14).label()).isEqualTo("Udgifter til service i alt");
        assertThat(lines.get(14).amounts()).containsExactly(28300L, 35800L, 48000L, 48000L);
        assertThat(lines.get(14).total()).isEqualTo(160100L);
        assertThat(lines.get(16).amounts()).containsExactly(27400L, 35800L, 48000L, 48000L);
    }

    @Test
    void anEditIsCheckedAtOnceSavedAndUndone() {
        assertThat(vm.setAmount(NoteTableKind.EXPENDITURE, 0, 0, "1.200")).isTrue();
        assertThat(vm.checks()).contains("Tabel 3, 2016, Service: fordelingen på udvalg giver 28.300, tabel 2 giver 28.400 (forskel -100)");
        assertThat(serviceTotal2016()).isEqualTo(28400L);
        vm.undo();
        assertThat(serviceTotal2016()).isEqualTo(28300L);
        assertThat(vm.checks()).hasSize(1);
        vm.redo();
        assertThat(serviceTotal2016()).isEqualTo(28400L);
    }

    @Test
    void badEntryChangesNothing() {
        assertThat(vm.setAmount(NoteTableKind.EXPENDITURE, 0, 0, "12,5")).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("„12,5“ er ikke et helt antal tusinde kroner. Skriv fx 1.234 eller -900."
                + " Teksten står i cellen med rødt og er ikke gemt.");
        // the text stays with its cell (never stored) until corrected or dropped
        assertThat(vm.invalidText(NoteTableKind.EXPENDITURE, 0, 0)).isEqualTo("12,5");
        assertThat(vm.setAmount(NoteTableKind.EXPENDITURE, 0, 0, "1.100")).isTrue();
        assertThat(vm.invalidText(NoteTableKind.EXPENDITURE, 0, 0)).isNull();
        vm.setAmount(NoteTableKind.EXPENDITURE, 0, 0, "abc");
        vm.dropInvalid(NoteTableKind.EXPENDITURE, 0, 0);
        assertThat(vm.invalidCount()).isZero();
        assertThat(vm.statusProperty().get()).isEqualTo("Den gemte værdi er sat tilbage.");
        assertThat(serviceTotal2016()).isEqualTo(28300L);
        assertThat(vm.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void rowsAndYearsAreAddedAndRemoved() {
        vm.addYear(NoteTableKind.CONVERSIONS);
        assertThat(service.notes().load(vm.noteId()).conversions().years()).containsExactly(2016, 2017, 2018);
        // the stated totals were for two years: they go with the change of years, and so does their check
        assertThat(vm.checks()).isEmpty();
        vm.addRow(NoteTableKind.CONVERSIONS);
        vm.setAmount(NoteTableKind.CONVERSIONS, 4, 2, "-300");
        assertThat(service.notes().load(vm.noteId()).conversions().totals()).containsExactly(9400L, 3200L, -300L);
        vm.removeRow(NoteTableKind.CONVERSIONS, 4);
        vm.removeYear(NoteTableKind.CONVERSIONS);
        assertThat(service.notes().load(vm.noteId()).conversions().years()).containsExactly(2016, 2017);
    }

    @Test
    void detailsSectionsAndActivitiesAreEditedSavedAndChecked() {
        assertThat(vm.setDetails("BI3", "Ny titel", "Beskæftigelses- og Integrationsforvaltningen", "1.7.2015", "2016", "2020"))
                .isTrue();
        var stored = service.notes().load(vm.noteId());
        assertThat(stored.code()).isEqualTo("BI3");
        assertThat(stored.date()).isEqualTo(java.time.LocalDate.of(2015, 7, 1));
        assertThat(stored.permanentFrom()).isEqualTo(2020);
        assertThat(vm.setDetails("BI3", "Ny titel", "B", "31.02.2015", "2016", "2020")).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("„31.02.2015“ er ikke en dato. Skriv fx 12.06.2015.");
        assertThat(vm.setDetails("", "Ny titel", "B", "1.7.2015", "2016", "2020")).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Notatets kode skal udfyldes (fx BI2).");

        vm.setSection(4, "Bilag", "- første\n- anden");
        vm.setActivity(0, "Samtaler", "Flere i job");
        vm.removeActivity(12);
        stored = service.notes().load(vm.noteId());
        assertThat(stored.sections()).hasSize(5);
        assertThat(stored.sections().get(4).text()).isEqualTo("- første\n- anden");
        assertThat(stored.activities()).hasSize(12);
        assertThat(stored.activities().get(0).effect()).isEqualTo("Flere i job");
        vm.undo();
        vm.undo();
        assertThat(service.notes().load(vm.noteId()).activities()).hasSize(13);
    }

    @Test
    void theDocumentIsSavedWhereTheUserChooses() throws Exception {
        dialogs.files.put(".docx", dir.resolve("bi2.docx"));
        new NoteFilesViewModel(vm).saveDocument(BilagFormat.DOCX);
        assertThat(dialogs.fileTitles).containsExactly("Gem budgetnotatet som Word");
        assertThat(Files.size(dir.resolve("bi2.docx"))).isGreaterThan(1000);
        assertThat(vm.statusProperty().get()).startsWith("Budgetnotatet er gemt i ");
        assertThat(dialogs.savedNotices).containsExactly("Budgetnotatet er gemt i " + dir.resolve("bi2.docx") + ".");
    }
}
