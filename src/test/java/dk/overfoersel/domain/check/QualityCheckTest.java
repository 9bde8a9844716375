package dk.overfoersel.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.exchange.ExampleRound;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quality check on the example round (seed 001's figures) and on small variations of it. */
class QualityCheckTest {

    private final TransferCase example = ExampleRound.load();

    private static Transfer transfer(TransferCase c, int number) {
        return c.transfers().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    private static TransferCase with(TransferCase c, Transfer changed) {
        List<Transfer> all = new ArrayList<>(c.transfers());
        all.replaceAll(t -> t.number() == changed.number() ? changed : t);
        return new TransferCase(c.round(), all);
    }

    private static Transfer withBackground(Transfer t, String background) {
        return new Transfer(t.number(), t.title(), t.schedule(), t.amount(), t.earlyApproved(), background,
                t.consequences(), t.recommendation(), t.commitments(), t.images(), t.checkedAmounts());
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.kind() + " " + f.transfer() + " " + f.field() + " " + f.amount()).toList();
    }

    @Test
    void theExampleRoundHasOneProblemAndTheAmountsItsTextsNameBesideTheFigures() {
        List<Finding> findings = QualityCheck.of(example);
        assertThat(describe(findings)).containsExactly(
                // the seed's slip: 7,7 + 3,2 + 4,9 = 15,8 > 15,739
                "COMMITMENTS_EXCEED_AMOUNT 10 COMMITMENTS ",
                // transfer 14: the project's budget and the money already spent
                "UNMATCHED_AMOUNT 14 BACKGROUND 2,2 mio. kr.",
                "UNMATCHED_AMOUNT 14 BACKGROUND 0,9 mio. kr.",
                // transfer 16: the analysis' estimated total cost
                "UNMATCHED_AMOUNT 16 BACKGROUND 1,8 mio. kr.");
        assertThat(findings.get(0).message()).contains("Overførsel 10", "15.800.000,00 kr.", "15.739.000,00 kr.");
        assertThat(findings.get(1).message())
                .isEqualTo("Overførsel 14: beløbet „2,2 mio. kr.“ i baggrunden svarer ikke til nogen af overførslens tal.");
        assertThat(QualityCheck.hasProblems(findings)).isTrue();
        assertThat(findings.stream().filter(Finding::isProblem)).hasSize(1);
    }

    @Test
    void amountsOfTransfer10And11MatchTheirFigures() {
        // 15,739 (amount), 7,7 signed, 3,2 in negotiation, "de sidste 4,9" planned; 10,0 early, 7,3 signed,
        // 4,0 planned and uncommitted, 11,3 the amount, 1,3 the part beyond the early transfer
        assertThat(QualityCheck.unmatchedAmounts(transfer(example, 10))).isEmpty();
        assertThat(QualityCheck.unmatchedAmounts(transfer(example, 11))).isEmpty();
    }

    @Test
    void theSeedsRoundedAmountsMatchAndAWrongOneDoesNot() {
        Transfer t10 = transfer(example, 10);
        Transfer seedWording = withBackground(t10,
                "BR overførte 15,7 mio. kr. Kontrakter for 7,7 mio. kr. er underskrevet; de resterende 4,9 mio. kr. forhandles.");
        assertThat(QualityCheck.unmatchedAmounts(seedWording)).isEmpty();

        Transfer slip = withBackground(t10, "De resterende 5,9 mio. kr. er ikke bundet.");
        List<Finding> found = QualityCheck.unmatchedAmounts(slip);
        assertThat(describe(found)).containsExactly("UNMATCHED_AMOUNT 10 BACKGROUND 5,9 mio. kr.");
        assertThat(found.get(0).isProblem()).as("a notice, not a problem").isFalse();
    }

    @Test
    void anAmountMarkedAsCheckedIsNotReportedAgain() {
        Transfer t14 = transfer(example, 14).withCheckedAmounts(List.of("2,2 mio.", "0,9\u00a0mio. kr."));
        assertThat(t14.checkedAmounts()).containsExactly("2,2 mio. kr.", "0,9 mio. kr.");
        assertThat(QualityCheck.unmatchedAmounts(t14)).isEmpty();
        List<Finding> all = QualityCheck.of(with(example, t14));
        assertThat(describe(all)).doesNotContain("UNMATCHED_AMOUNT 14 BACKGROUND 2,2 mio. kr.");
    }

    @Test
    void aCheckedAmountMustBeAnAmount() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> transfer(example, 14).withCheckedAmounts(List.of("to millioner")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Overførsel 14").hasMessageContaining("to millioner");
    }

    @Test
    void aSkema3TransferWithoutConsequencesIsAProblemButASkema2OneIsNot() {
        Transfer t13 = transfer(example, 13);
        Transfer noConsequences = new Transfer(13, t13.title(), 3, t13.amount(), t13.earlyApproved(), t13.background(),
                "  \n", "", List.of());
        List<Finding> found = QualityCheck.of(with(example, noConsequences));
        assertThat(describe(found)).contains("MISSING_CONSEQUENCES 13 CONSEQUENCES ");
        assertThat(found).filteredOn(f -> f.kind() == ProblemKind.MISSING_CONSEQUENCES).first()
                .extracting(Finding::message).asString()
                .isEqualTo("Overførsel 13 står på Skema 3, men konsekvenserne ved ikke at overføre er ikke beskrevet.");

        Transfer onSkema2 = new Transfer(13, t13.title(), 2, t13.amount(), t13.earlyApproved(), t13.background(),
                "", "", List.of());
        assertThat(describe(QualityCheck.of(with(example, onSkema2)))).noneMatch(s -> s.startsWith("MISSING_CONSEQUENCES"));
    }

    @Test
    void overTheCeilingAndANegativeCeilingAreProblemsOfTheRound() {
        Round r = example.round();
        Round poor = r.withUnderspendLines(List.of(new UnderspendLine("IT-udgifter (merforbrug)", Money.ofKroner(-30_000_000))));
        List<Finding> found = QualityCheck.of(new TransferCase(poor, example.transfers()));
        // ceiling = −30,0 + 25,739 = −4,261 mio. kr.
        assertThat(describe(found)).startsWith("NEGATIVE_CEILING null UNDERSPEND ", "OVER_CEILING null AMOUNT ");
        assertThat(found.get(0).message()).isEqualTo(
                "Loftet er negativt: -4.261.000,00 kr. (nettomindreforbrug -30.000.000,00 kr. og tidligt overført 25.739.000,00 kr.).");
        assertThat(found.get(1).message()).contains("over loftet");

        Round fine = r.withUnderspendLines(List.of(new UnderspendLine("Mindreforbrug", Money.ofKroner(30_000_000))));
        assertThat(describe(QualityCheck.of(new TransferCase(fine, example.transfers()))))
                .noneMatch(s -> s.contains("CEILING"));
    }

    @Test
    void fixingTheCommitmentsLeavesOnlyNotices() {
        Transfer t10 = transfer(example, 10);
        Transfer fixed = t10.withCommitments(List.of(
                new Commitment("Leverandører", "Kontrakter", Money.ofKroner(7_700_000), CommitmentStatus.SIGNED),
                new Commitment("Leverandører", "Forhandling", Money.ofKroner(3_200_000), CommitmentStatus.NEGOTIATING),
                new Commitment("Leverandører", "Planlagt", Money.ofKroner(4_839_000), CommitmentStatus.PLANNED)));
        List<Finding> found = QualityCheck.of(with(example, fixed));
        assertThat(QualityCheck.hasProblems(found)).isFalse();
        assertThat(found).isNotEmpty().allMatch(f -> f.kind() == ProblemKind.UNMATCHED_AMOUNT);
        // "de sidste 4,9 mio. kr.": the planned 4,839 rounds half-up to 4,8, so the text is now the slip
        assertThat(describe(QualityCheck.unmatchedAmounts(fixed))).containsExactly("UNMATCHED_AMOUNT 10 BACKGROUND 4,9 mio. kr.");
    }
}
