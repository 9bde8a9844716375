package dk.overfoersel.exchange.note;

import static dk.overfoersel.domain.note.Area.SERVICE;
import static dk.overfoersel.domain.note.Area.TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteFinding;
import dk.overfoersel.exchange.ImportException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NoteJsonTest {

    static BudgetNote read(String json) throws Exception {
        return new NoteJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theExampleHasTheSeedsFiguresAndShowsTheStatedTabel5Slip() {
        BudgetNote note = ExampleNote.load();
        assertThat(note.expenditure().totals(SERVICE)).containsExactly(28300L, 35800L, 48000L, 48000L);
        assertThat(note.expenditure().totals(SERVICE).stream().mapToLong(Long::longValue).sum()).isEqualTo(160100L);
        assertThat(note.expenditure().totals(TRANSFERS)).containsExactly(-900L, 0L, 0L, 0L);
        assertThat(note.byCommittee().totals(SERVICE)).containsExactly(28300L, 35800L, 48000L, 48000L);
        assertThat(note.earlierFunds().totals()).containsExactly(0L, 5000L, 28000L, 47400L, 34700L, 20400L, 8200L);
        assertThat(note.conversions().totals()).containsExactly(9400L, 3200L);
        assertThat(note.statedTotals().conversions()).containsExactly(9300L, 3200L);
        assertThat(note.checks()).extracting(NoteFinding::message)
                .containsExactly("Tabel 5, 2016: angivet i alt 9.300, rækkerne giver 9.400 (forskel 100)");
    }

    @Test
    void exportImportExportGivesTheSameBytes() throws Exception {
        NoteJsonWriter writer = new NoteJsonWriter();
        String first = writer.write(ExampleNote.load());
        String second = writer.write(read(first));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"amounts\":[ 1800, 0 ]", "\"convertsFrom\":\"Budgetaftale 2013\"",
                "\"conversions\":[ 9300, 3200 ]");
    }

    @Test
    void theOptionalPartsMayBeLeftOut() throws Exception {
        BudgetNote note = read("""
                {"format": "overfoersel-note/1", "note": {"code": "X1", "title": "T", "administration": "A",
                 "date": "2015-01-02", "priceLevel": 2016, "permanentFrom": 2018,
                 "expenditure": {"years": [2016], "rows": [{"area": "CONSTRUCTION", "label": "Byggeri", "amounts": [-5]}]}}}""");
        assertThat(note.byCommittee()).isNull();
        assertThat(note.sections()).isEmpty();
        assertThat(note.checks()).isEmpty();
        assertThat(new NoteJsonWriter().write(read(new NoteJsonWriter().write(note)))).isEqualTo(new NoteJsonWriter().write(note));
    }

    @Test
    void everyErrorIsReportedWithItsPath() {
        assertThatThrownBy(() -> read("""
                {"format": "overfoersel-note/1", "note": {"code": "", "title": "T", "administration": "A",
                 "date": "2015-13-02", "priceLevel": 2016, "permanentFrom": 2018, "colour": "red",
                 "expenditure": {"years": [2016, 2017], "rows": [
                    {"area": "SERVIC", "label": "A", "amounts": [1, 2]},
                    {"area": "SERVICE", "label": "B", "amounts": [1]},
                    {"area": "SERVICE", "label": "C", "amounts": [1.5, "2"]}]},
                 "earlierFunds": {"years": [2015, 2014], "rows": []},
                 "conversions": {"years": [2016], "rows": [{"label": "K", "amounts": [1], "convertsFrom": "Nix"}]},
                 "statedTotals": {"conversions": [1, 2], "byCommittee": {"SERVICE": [1]}}}}"""))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).messages()).containsExactly(
                        "note.colour: ukendt felt",
                        "note.code: må ikke være tom",
                        "note.date: „2015-13-02“ er ikke en dato (ÅÅÅÅ-MM-DD)",
                        "note.expenditure.rows[0].area: ukendt styringsområde „SERVIC“ (SERVICE, TRANSFERS eller CONSTRUCTION)",
                        "note.expenditure.rows[1].amounts: har 1 beløb, men tabellen har 2 år",
                        "note.expenditure.rows[2].amounts[0]: 1.5 er ikke et helt antal tusinde kroner",
                        "note.expenditure.rows[2].amounts[1]: skal være et tal i 1.000 kr., ikke \"2\"",
                        "note.earlierFunds.years[1]: Årene skal stå i stigende orden uden gentagelser (2014).",
                        "note.conversions.rows[0].convertsFrom: der er ingen tabel 4 (earlierFunds) at konvertere fra",
                        "note.statedTotals.byCommittee.SERVICE: der er angivet totaler, men notatet har ikke tabellen",
                        "note.statedTotals.conversions: har 2 beløb, men tabellen har 1 år"));
    }

    @Test
    void aConversionNamingAnUnknownSourceIsAnError() {
        assertThatThrownBy(() -> read("""
                {"format": "overfoersel-note/1", "note": {"code": "X", "title": "T", "administration": "A",
                 "date": "2015-01-02", "priceLevel": 2016, "permanentFrom": 2018,
                 "expenditure": {"years": [2016], "rows": []},
                 "earlierFunds": {"years": [2016], "rows": [{"label": "BA", "amounts": [1]}]},
                 "conversions": {"years": [2016], "rows": [{"label": "K", "amounts": [1], "convertsFrom": "BB"}]}}}"""))
                .satisfies(e -> assertThat(((ImportException) e).messages()).containsExactly(
                        "note.conversions.rows[0].convertsFrom: „BB“ er ikke en række i tabel 4 (earlierFunds)"));
    }
}
