package dk.overfoersel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RunningSumTest {

    static Money mio(String millions) {
        return Money.ofKroner(new java.math.BigDecimal(millions).movePointRight(6));
    }

    static Commitment c(String millions, CommitmentStatus status) {
        return new Commitment("Leverandør", "Aftale", mio(millions), status);
    }

    static Transfer t(int number, int schedule, String amount, String early, Commitment... commitments) {
        return new Transfer(number, "Overførsel " + number, schedule, mio(amount), mio(early), "", "", "", List.of(commitments));
    }

    static Round round(String... lines) {
        List<UnderspendLine> l = new ArrayList<>();
        for (String line : lines) {
            l.add(new UnderspendLine("Linje", mio(line)));
        }
        return Round.of("Forvaltningen", "Udvalget", 2008, LocalDate.of(2008, 11, 27), l);
    }

    @Test
    void ceilingIsNetUnderspendPlusEarlyTotal() {
        Round r = round("10.8", "10.5", "4.5", "2.6", "2.2", "1.4", "0.7", "-9.3");
        TransferCase tc = new TransferCase(r, List.of(t(10, 3, "15.739", "15.739"), t(11, 3, "11.3", "10.0")));
        RunningSum sum = tc.runningSum();
        assertThat(sum.netUnderspend()).isEqualTo(mio("23.4"));
        assertThat(sum.earlyTotal()).isEqualTo(mio("25.739"));
        assertThat(sum.ceiling()).isEqualTo(mio("49.139"));
    }

    @Test
    void requestedTotalCountsAllSchedulesEarlyPartsIncludedAndHeadroomIsTheRest() {
        TransferCase tc = new TransferCase(round("20"), List.of(t(1, 2, "5", "1"), t(2, 3, "3", "0")));
        RunningSum sum = tc.runningSum();
        assertThat(sum.requestedTotal()).isEqualTo(mio("8"));
        assertThat(sum.ceiling()).isEqualTo(mio("21"));
        assertThat(sum.headroom()).isEqualTo(mio("13"));
        assertThat(sum.warnings()).isEmpty();
    }

    @Test
    void perTransferFiguresSplitByStatusAndUncommittedNeverGoesBelowZero() {
        TransferFigures f = t(10, 3, "15.739", "15.739", c("7.7", CommitmentStatus.SIGNED),
                c("3.2", CommitmentStatus.NEGOTIATING), c("4.9", CommitmentStatus.PLANNED)).figures();
        assertThat(f.committed()).isEqualTo(mio("7.7"));
        assertThat(f.pending()).isEqualTo(mio("3.2"));
        assertThat(f.planned()).isEqualTo(mio("4.9"));
        assertThat(f.uncommitted()).isEqualTo(mio("4.839"));

        TransferFigures over = t(1, 3, "1", "0", c("0.8", CommitmentStatus.SIGNED), c("0.5", CommitmentStatus.NEGOTIATING)).figures();
        assertThat(over.uncommitted()).isEqualTo(Money.ZERO);
    }

    @Test
    void skema3AtRiskSumsUncommittedOfScheduleThreeOnly() {
        TransferCase tc = new TransferCase(round("50"), List.of(
                t(1, 2, "5", "0"),
                t(2, 3, "4", "0", c("1", CommitmentStatus.SIGNED), c("0.5", CommitmentStatus.NEGOTIATING), c("2", CommitmentStatus.PLANNED)),
                t(3, 3, "1.2", "0")));
        assertThat(tc.runningSum().skema3AtRisk()).isEqualTo(mio("3.7"));
    }

    @Test
    void overCeilingWarnsWithTheFiguresButDoesNotBlock() {
        TransferCase tc = new TransferCase(round("1"), List.of(t(1, 3, "2.5", "0.5")));
        RunningSum sum = tc.runningSum();
        assertThat(sum.headroom()).isEqualTo(mio("-1"));
        assertThat(sum.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.OVER_CEILING);
            assertThat(w.transfer()).isNull();
            assertThat(w.message()).contains("2.500.000,00 kr.", "1.500.000,00 kr.", "1.000.000,00 kr.", "loftet");
        });
    }

    @Test
    void headroomExactlyZeroIsNotOverCeiling() {
        TransferCase tc = new TransferCase(round("2"), List.of(t(1, 3, "2", "0")));
        assertThat(tc.runningSum().headroom()).isEqualTo(Money.ZERO);
        assertThat(tc.runningSum().warnings()).isEmpty();
    }

    @Test
    void commitmentsExceedingTheAmountWarnPerTransfer() {
        TransferCase tc = new TransferCase(round("100"), List.of(
                t(10, 3, "15.739", "15.739", c("7.7", CommitmentStatus.SIGNED), c("3.2", CommitmentStatus.NEGOTIATING),
                        c("4.9", CommitmentStatus.PLANNED)),
                t(11, 3, "11.3", "10", c("7.3", CommitmentStatus.SIGNED), c("4.0", CommitmentStatus.PLANNED))));
        List<Warning> warnings = tc.runningSum().warnings();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.COMMITMENTS_EXCEED_AMOUNT);
            assertThat(w.transfer()).isEqualTo(10);
            assertThat(w.message()).contains("Overførsel 10", "15.800.000,00 kr.", "15.739.000,00 kr.", "61.000,00 kr.");
        });
        RunningSum sum = tc.runningSum();
        assertThat(sum.exceedingTransfers()).containsExactly(10);
        assertThat(sum.warningFor(10)).isEqualTo(warnings.get(0));
        assertThat(sum.warningFor(11)).isNull();
    }

    @Test
    void incrementalUpdatesAgreeWithARecomputationToTheOere() {
        Random random = new Random(42);
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            transfers.add(randomTransfer(random, i));
        }
        RunningSum sum = new TransferCase(round("100"), transfers).runningSum();
        for (int step = 0; step < 2_000; step++) {
            int index = random.nextInt(transfers.size());
            Transfer old = transfers.get(index);
            switch (random.nextInt(3)) {
                case 0 -> { // edit
                    Transfer edited = randomTransfer(random, old.number());
                    transfers.set(index, edited);
                    sum.put(edited.figures());
                }
                case 1 -> { // renumber
                    int newNumber = 1_000 + step;
                    Transfer renumbered = old.withNumber(newNumber);
                    transfers.set(index, renumbered);
                    sum.replace(old.number(), renumbered.figures());
                }
                default -> { // delete and add a new one
                    transfers.remove(index);
                    sum.remove(old.number());
                    Transfer added = randomTransfer(random, 10_000 + step);
                    transfers.add(added);
                    sum.put(added.figures());
                }
            }
        }
        assertThat(sum.warningCount()).isEqualTo(sum.warnings().size());
        Summary incremental = sum.summary();
        Summary recomputed = new TransferCase(round("100"), transfers).runningSum().summary();
        assertThat(incremental).isEqualTo(recomputed);
    }

    @Test
    void underspendChangesMoveTheCeiling() {
        RunningSum sum = new TransferCase(round("1"), List.of(t(1, 3, "2", "1"))).runningSum();
        assertThat(sum.ceiling()).isEqualTo(mio("2"));
        sum.setUnderspend(mio("5"));
        assertThat(sum.ceiling()).isEqualTo(mio("6"));
        assertThat(sum.headroom()).isEqualTo(mio("4"));
    }

    @Test
    void domainRulesRejectBadValuesWithDanishMessages() {
        assertThatThrownBy(() -> t(0, 3, "1", "0")).hasMessageContaining("positivt heltal");
        assertThatThrownBy(() -> t(1, 4, "1", "0")).hasMessageContaining("Overførsel 1: skemaet skal være 2 eller 3");
        assertThatThrownBy(() -> t(1, 3, "1", "2")).hasMessageContaining("større end beløbet");
        assertThatThrownBy(() -> t(1, 3, "-1", "0")).hasMessageContaining("negativt");
        assertThatThrownBy(() -> new Commitment("A", "", Money.ZERO, CommitmentStatus.SIGNED)).hasMessageContaining("større end 0");
        assertThatThrownBy(() -> new TransferCase(round("1"), List.of(t(1, 3, "1", "0"), t(1, 2, "1", "0"))))
                .hasMessageContaining("overførselsnummer 1 er også brugt");
        assertThatThrownBy(() -> new Round("A", "B", 2008, 2008, null, List.of())).hasMessageContaining("budgetåret 2008 skal ligge efter regnskabsåret 2008");
        assertThat(Round.of("A", "B", 2008, null, List.of()).budgetYear()).isEqualTo(2009);
    }

    @Test
    void textBlocksSplitParagraphsAndBullets() {
        var blocks = TextBlocks.parse("Første linje\nfortsætter.\n\nListen:\n- ét\n- to\n  fortsat\n\nSidste.");
        assertThat(blocks).containsExactly(
                new TextBlocks.Paragraph("Første linje fortsætter."),
                new TextBlocks.Paragraph("Listen:"),
                new TextBlocks.Bullets(List.of("ét", "to fortsat")),
                new TextBlocks.Paragraph("Sidste."));
        assertThat(TextBlocks.wordCount("  to ord\n og tre ")).isEqualTo(4);
        assertThat(TextBlocks.wordCount("")).isZero();
    }

    private static Transfer randomTransfer(Random random, int number) {
        long amount = random.nextInt(10_000_000) * 100L + random.nextInt(100);
        long early = amount == 0 ? 0 : (long) (random.nextInt(1000)) * amount / 1000;
        List<Commitment> cs = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            cs.add(new Commitment("P", "D", Money.ofOere(1 + random.nextInt(500_000_000)),
                    CommitmentStatus.values()[random.nextInt(3)]));
        }
        return new Transfer(number, "T" + number, 2 + random.nextInt(2), Money.ofOere(amount), Money.ofOere(early),
                "", "", "", cs);
    }
}
