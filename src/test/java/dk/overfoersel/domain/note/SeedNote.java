package dk.overfoersel.domain.note;

import static dk.overfoersel.domain.note.Area.SERVICE;
import static dk.overfoersel.domain.note.Area.TRANSFERS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The seed note's figures (BI2, 2016 p/l) built in code, for tests that do not go through the exchange format. */
public final class SeedNote {

    public static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019);
    public static final List<Integer> EARLIER_YEARS = List.of(2012, 2013, 2014, 2015, 2016, 2017, 2018);

    private SeedNote() {
    }

    public static NoteTable expenditure() {
        return NoteTable.of(YEARS,
                NoteRow.of(SERVICE, "Flere samtaler i kontanthjælpsreformen", 1100, 3600, 6000, 6000),
                NoteRow.of(SERVICE, "Koordinerende sagsbehandlere", 500, 1700, 2800, 2800),
                NoteRow.of(SERVICE, "Flere samtaler i sygedagpengereformen", 400, 1100, 2200, 2200),
                NoteRow.of(SERVICE, "Lægeerklæringer", 800, 1200, 2500, 2500),
                NoteRow.of(SERVICE, "Rehabilitering og jobafklaring", 2500, 7500, 13800, 13800),
                NoteRow.of(SERVICE, "Flere samtaler i beskæftigelsesreformen", 5000, 5000, 5000, 5000),
                NoteRow.of(SERVICE, "Boligområder", 2500, 2500, 2500, 2500),
                NoteRow.of(SERVICE, "Ressourceforløb og fleksjob", 4600, 4600, 4600, 4600),
                NoteRow.of(SERVICE, "Akademikerindsats", 1000, 3000, 3000, 3000),
                NoteRow.of(SERVICE, "Kontrol og kvalitet", 6100, 4600, 4600, 4600),
                NoteRow.of(SERVICE, "Implementering", 1000, 1000, 1000, 1000),
                NoteRow.of(SERVICE, "Konvertering", 0, 0, 0, 0),
                NoteRow.of(SERVICE, "Introduktionsstillinger", 2800, 0, 0, 0),
                NoteRow.of(TRANSFERS, "Introduktionsstillinger", -900, 0, 0, 0));
    }

    public static NoteTable byCommittee() {
        return NoteTable.of(YEARS,
                NoteRow.of(SERVICE, "Beskæftigelses- og Integrationsudvalget", 27100, 31900, 41400, 41400),
                NoteRow.of(SERVICE, "Socialudvalget", 600, 2000, 3400, 3400),
                NoteRow.of(SERVICE, "Sundhedsudvalget", 500, 1600, 2700, 2700),
                NoteRow.of(SERVICE, "Børne- og Ungdomsudvalget", 100, 300, 500, 500));
    }

    public static NoteTable earlierFunds() {
        return NoteTable.of(EARLIER_YEARS,
                NoteRow.of("Budgetaftale 2012", 0, 5000, 5000, 5000, 0, 0, 0),
                NoteRow.of("Budgetaftale 2013", 0, 0, 2000, 2000, 2000, 0, 0),
                NoteRow.of("Budgetaftale 2014", 0, 0, 12000, 0, 0, 0, 0),
                NoteRow.of("Overførselssagen 2013-2014", 0, 0, 9000, 0, 0, 0, 0),
                NoteRow.of("Budgetaftale 2015", 0, 0, 0, 37900, 32700, 20400, 8200),
                NoteRow.of("Overførselssagen 2014-2015", 0, 0, 0, 2500, 0, 0, 0));
    }

    public static NoteTable conversions() {
        return NoteTable.of(List.of(2016, 2017),
                new NoteRow(null, "BA 2013 akademikere", List.of(1800L, 0L), "Budgetaftale 2013"),
                NoteRow.of("BA 2013 langtidsledige", 3100, 0),
                NoteRow.of("BA 2013 samtaler (en del)", 1300, 0),
                NoteRow.of("BA 2014 vækstakademikere (en del)", 3200, 3200));
    }

    public static BudgetNote note() {
        return new BudgetNote("BI2", "Jobfokus i samtaler", "Beskæftigelses- og Integrationsforvaltningen",
                LocalDate.of(2015, 6, 12), 2016, 2019,
                List.of(new Section("Baggrund", "Tekst.")), List.of(new Activity("Samtaler", "Flere i job")),
                expenditure(), byCommittee(), earlierFunds(), conversions(),
                new StatedTotals(Map.of(), Map.of(), null, List.of(9300L, 3200L)));
    }
}
