package dk.overfoersel.domain.note;

import static dk.overfoersel.domain.note.Area.SERVICE;
import static dk.overfoersel.domain.note.Area.TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.domain.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetNoteTest {

    @Test
    void tabel2GivesTheSeedsTotalsPerAreaAndYear() {
        NoteTable t2 = SeedNote.expenditure();
        assertThat(t2.totals(SERVICE)).containsExactly(28300L, 35800L, 48000L, 48000L);
        assertThat(t2.totals(SERVICE).stream().mapToLong(Long::longValue).sum()).isEqualTo(160100L);
        assertThat(t2.totals(TRANSFERS)).containsExactly(-900L, 0L, 0L, 0L);
        assertThat(t2.areas()).containsExactly(SERVICE, TRANSFERS);
        assertThat(t2.totals()).containsExactly(27400L, 35800L, 48000L, 48000L);
        assertThat(t2.rows().get(4).total()).isEqualTo(37600L);
    }

    @Test
    void tabel3GivesTheSameTotalsAsTabel2ForService() {
        assertThat(SeedNote.byCommittee().totals(SERVICE)).containsExactly(28300L, 35800L, 48000L, 48000L);
        assertThat(SeedNote.byCommittee().total()).isEqualTo(160100L);
    }

    @Test
    void tabel4AndTabel5GiveTheSeedsTotals() {
        assertThat(SeedNote.earlierFunds().totals()).containsExactly(0L, 5000L, 28000L, 47400L, 34700L, 20400L, 8200L);
        assertThat(SeedNote.conversions().totals()).containsExactly(9400L, 3200L);
    }

    @Test
    void theSeedsOnlySlipIsTheStatedTabel5TotalAndTransfersAreNotComparedWithTabel3() {
        List<NoteFinding> findings = SeedNote.note().checks();
        assertThat(findings).extracting(NoteFinding::message)
                .containsExactly("Tabel 5, 2016: angivet i alt 9.300, rækkerne giver 9.400 (forskel 100)");
        assertThat(findings.get(0).code()).isEqualTo(NoteFinding.Code.STATED_TOTAL_DIFFERS);
    }

    @Test
    void aTabel3TotalThatDiffersFromTabel2IsNamedWithYearAreaAndDifference() {
        BudgetNote note = SeedNote.note();
        NoteTable t3 = note.byCommittee();
        List<NoteRow> rows = new java.util.ArrayList<>(t3.rows());
        rows.set(1, rows.get(1).withAmounts(List.of(600L, 2000L, 3500L, 3400L)));
        List<NoteFinding> findings = note.withTable(NoteTableKind.BY_COMMITTEE, t3.withRows(rows)).checks();
        assertThat(findings).extracting(NoteFinding::message).contains(
                "Tabel 3, 2018, Service: fordelingen på udvalg giver 48.100, tabel 2 giver 48.000 (forskel +100)");
    }

    @Test
    void aTabel3AreaMissingFromTabel2IsComparedWithZero() {
        BudgetNote note = SeedNote.note();
        NoteTable t3 = note.byCommittee();
        List<NoteRow> rows = new java.util.ArrayList<>(t3.rows());
        rows.add(NoteRow.of(Area.CONSTRUCTION, "Teknik- og Miljøudvalget", 0, 0, 50, 0));
        List<NoteFinding> findings = note.withTable(NoteTableKind.BY_COMMITTEE, t3.withRows(rows)).checks();
        assertThat(findings).extracting(NoteFinding::message).contains(
                "Tabel 3, 2018, Anlæg: fordelingen på udvalg giver 50, tabel 2 giver 0 (forskel +50)");
    }

    @Test
    void statedTotalsPerAreaAreCompared() {
        BudgetNote note = SeedNote.note().withStatedTotals(new StatedTotals(
                Map.of(SERVICE, List.of(28300L, 35800L, 48000L, 48000L), TRANSFERS, List.of(-800L, 0L, 0L, 0L)),
                Map.of(), List.of(0L, 5000L, 28000L, 47400L, 34700L, 20400L, 8200L), List.of(9400L, 3200L)));
        assertThat(note.checks()).extracting(NoteFinding::message).containsExactly(
                "Tabel 2, 2016, Efterspørgselsstyrede overførsler: angivet i alt -800, rækkerne giver -900 (forskel 100)");
    }

    @Test
    void aConversionLargerThanItsSourceInTheYearIsFlagged() {
        BudgetNote note = SeedNote.note();
        NoteTable t5 = note.conversions();
        List<NoteRow> rows = new java.util.ArrayList<>(t5.rows());
        rows.set(1, new NoteRow(null, rows.get(1).label(), rows.get(1).amounts(), "Budgetaftale 2013"));
        List<NoteFinding> findings = note.withTable(NoteTableKind.CONVERSIONS, t5.withRows(rows)).checks();
        assertThat(findings).extracting(NoteFinding::message).contains(
                "Tabel 5, 2016: der konverteres 4.900 fra „Budgetaftale 2013“, men der er kun afsat 2.000 (forskel 2.900)");
        assertThat(findings).hasSize(2);
    }

    @Test
    void rulesOfTheTables() {
        assertThatThrownBy(() -> NoteTable.of(List.of(2017, 2016))).isInstanceOf(DomainException.class)
                .hasMessageContaining("stigende");
        assertThatThrownBy(() -> NoteTable.of(List.of(2016, 2017), NoteRow.of("A", 1)))
                .hasMessage("Rækken „A“ har 1 beløb, men tabellen har 2 år.");
        BudgetNote note = SeedNote.note();
        assertThatThrownBy(() -> note.withTable(NoteTableKind.CONVERSIONS, NoteTable.of(List.of(2016),
                new NoteRow(null, "X", List.of(1L), "Budgetaftale 1999"))))
                .hasMessage("Tabel 5: rækken „X“ konverterer fra „Budgetaftale 1999“, som ikke er en række i tabel 4.");
        assertThatThrownBy(() -> note.withTable(NoteTableKind.EXPENDITURE, NoteTable.of(List.of(2016), NoteRow.of("X", 1))))
                .hasMessage("Tabel 2: rækken „X“ skal have et styringsområde.");
        assertThatThrownBy(() -> note.withTable(NoteTableKind.CONVERSIONS, null))
                .hasMessage("Tabel 5: der er angivet totaler, men notatet har ikke tabellen.");
    }

    @Test
    void theTextsFollowTheTransfersTextRules() {
        assertThatThrownBy(() -> new Section("Baggrund", "Et\u0007ord"))
                .isInstanceOf(DomainException.class)
                .hasMessage("Afsnittets tekst indeholder et usynligt styretegn (U+0007) ved tegn nr. 3; fjern det.");
        assertThatThrownBy(() -> NoteRow.of(SERVICE, "Samtaler\nmed ledige", 1))
                .hasMessage("Rækkens tekst indeholder et usynligt styretegn (U+000A) ved tegn nr. 9; fjern det.");
        assertThatThrownBy(() -> new Section("x".repeat(1001), ""))
                .hasMessage("Afsnittets overskrift er 1.001 tegn lang; der er plads til højst 1.000 tegn.");
        assertThatThrownBy(() -> new Activity("Samtaler", "\uD800"))
                .hasMessageStartingWith("Den afledte effekt");
        // the note's own details too (they were only checked for being filled in)
        BudgetNote note = SeedNote.note();
        assertThatThrownBy(() -> note.withDetails("B".repeat(101), note.title(), note.administration(), note.date(),
                note.priceLevel(), note.permanentFrom()))
                .hasMessage("Notatets kode er 101 tegn lang; der er plads til højst 100 tegn.");
        assertThatThrownBy(() -> note.withDetails("BI2", "Jobfokus\u0007", note.administration(), note.date(),
                note.priceLevel(), note.permanentFrom()))
                .hasMessageStartingWith("Notatets titel indeholder et usynligt styretegn (U+0007)");
        assertThatThrownBy(() -> note.withDetails("BI2", note.title(), "x".repeat(501), note.date(),
                note.priceLevel(), note.permanentFrom()))
                .hasMessageStartingWith("Forvaltningen er 501 tegn lang");
        // line breaks and tabs are text in the long texts
        assertThat(new Section("Baggrund", "- første\n- anden\tog tredje").text()).contains("\n");
        assertThat(new Activity("Samtaler\nmed ledige", "Flere i job").activity()).contains("\n");
    }
}
