package dk.overfoersel.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one set of rules: violations as values (field, code, arguments), messages from the Danish bundle. */
class RulesTest {

    private static final Money KR = Money.ofKroner(1000);

    @Test
    void aTransferReportsEveryBrokenRuleAsAValue() {
        List<Violation> v = TransferRules.check(0, " ", 4, Money.ofKroner(-1), Money.ofKroner(5), "", "", "", List.of());
        assertThat(v).extracting(Violation::field).containsExactly("number", "title", "schedule", "amount");
        assertThat(v).extracting(Violation::code)
                .containsExactly("rule.number.positive", "rule.text.missing", "rule.schedule", "rule.amount.negative");
        assertThat(v.get(0).args()).containsExactly("0");
        assertThat(v.get(2).message()).isEqualTo("skemaet skal være 2 eller 3, ikke 4");
        assertThat(v.get(3).message()).isEqualTo("beløbet må ikke være negativt (-1,00 kr.)");

        assertThat(TransferRules.check(1, "T", 3, KR, Money.ofKroner(1001), "", "", "", List.of()))
                .singleElement().satisfies(x -> assertThat(x.toString())
                        .isEqualTo("earlyApproved: den tidligt godkendte del 1.001,00 kr. er større end beløbet 1.000,00 kr."));
        assertThat(TransferRules.check(1, "T", 3, KR, KR, "", "", "", List.of())).isEmpty();
    }

    @Test
    void theConstructorsUseTheSameRulesAndCarryTheViolations() {
        DomainException e = (DomainException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new Transfer(12, "T", 5, KR, Money.ZERO, "", "", "", List.of()));
        assertThat(e).hasMessage("Overførsel 12: skemaet skal være 2 eller 3, ikke 5.");
        assertThat(e.violations()).extracting(Violation::field).containsExactly("schedule");
        assertThatThrownBy(() -> new Commitment(" ", "", KR, CommitmentStatus.SIGNED)).hasMessage("Aftalen: Parten skal udfyldes.");
        assertThatThrownBy(() -> new Commitment("P", "", KR, null)).hasMessageContaining("status");
        assertThatThrownBy(() -> new Round("A", "U", 1899, 1900, null, List.of())).hasMessageContaining("1899 er ikke et gyldigt år");
        assertThatThrownBy(() -> new Round("A", "U", 2008, 3000, null, List.of())).hasMessageContaining("3000 er ikke et gyldigt år");
    }

    @Test
    void everyTextIsWithinTheSchemasLength() {
        String title = "x".repeat(Limits.TITLE);
        assertThat(TransferRules.check(1, title, 3, KR, KR, "", "", "", List.of())).isEmpty();
        assertThat(TransferRules.check(1, title + "x", 3, KR, KR, "", "", "", List.of())).singleElement()
                .satisfies(v -> assertThat(v.toString()).isEqualTo("title: Titlen er 1.001 tegn lang; der er plads til højst 1.000 tegn"));
        assertThat(TransferRules.check(1, "T", 3, KR, KR, "y".repeat(Limits.LONG_TEXT + 1), "", "", List.of()))
                .extracting(Violation::field).containsExactly("background");
        assertThat(CommitmentRules.check("p".repeat(Limits.PARTY + 1), "d".repeat(Limits.COMMITMENT_DESCRIPTION + 1), KR,
                CommitmentStatus.SIGNED, true)).extracting(Violation::field).containsExactly("party", "description");
        assertThat(RoundRules.check("a".repeat(501), "c".repeat(501), 2008, 2009, null, List.of()))
                .extracting(Violation::field).containsExactly("administration", "committee");
        assertThat(RoundRules.line("t".repeat(Limits.UNDERSPEND_TEXT + 1), KR)).extracting(Violation::field).containsExactly("text");
    }

    @Test
    void aLoneSurrogateOrAControlCharacterIsRefusedWithItsPosition() {
        assertThat(TransferRules.check(1, "Ab\uD800c", 3, KR, KR, "", "", "", List.of())).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("Titlen").contains("halv UTF-16-surrogat").contains("tegn nr. 3"));
        assertThat(TransferRules.check(1, "T", 3, KR, KR, "ok\n\ttab\r\n", "bell\u0007", "", List.of())).singleElement()
                .satisfies(v -> assertThat(v.toString()).isEqualTo(
                        "consequences: Konsekvenserne indeholder et usynligt styretegn (U+0007) ved tegn nr. 5; fjern det"));
        assertThat(TransferRules.check(1, "line\nbreak", 3, KR, KR, "", "", "", List.of())).extracting(Violation::code)
                .containsExactly("rule.text.control");
        assertThat(TransferRules.check(1, "emoji \uD83D\uDE00 ok\t", 3, KR, KR, "", "", "", List.of())).isEmpty();
        assertThat(TextRules.firstBadChar("x\uDC00", true)).isEqualTo(1);
        assertThat(TextRules.firstBadChar("\uFFFF", true)).isZero();
    }

    @Test
    void theTotalsOfARoundStayWithinTheLimitSoNoSumOverflows() {
        Money max = Limits.MAX_AMOUNT;
        List<Commitment> many = Collections.nCopies(2, new Commitment("P", "", max, CommitmentStatus.SIGNED));
        assertThat(TransferRules.check(1, "T", 3, max, Money.ZERO, "", "", "", many)).singleElement()
                .satisfies(v -> assertThat(v.toString()).startsWith("commitments: Summen af overførslens aftaler bliver større"));

        List<Transfer> transfers = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            transfers.add(new Transfer(i, "T", 2, max, Money.ZERO, "", "", "", List.of()));
        }
        assertThat(CaseRules.check(transfers)).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("transfers", "rule.total.tooLarge"));
        Round round = new Round("A", "U", 2008, 2009, null, List.of());
        assertThatThrownBy(() -> new TransferCase(round, transfers)).hasMessageContaining("Summen af overførslernes beløb");

        List<UnderspendLine> lines = List.of(new UnderspendLine("a", max), new UnderspendLine("b", max.negate()));
        assertThat(RoundRules.check("A", "U", 2008, 2009, null, lines)).extracting(Violation::field).containsExactly("underspendLines");
        assertThat(RoundRules.check("A", "U", 2008, 2009, java.time.LocalDate.of(3_862_607, 1, 1), List.of()))
                .singleElement().satisfies(v -> assertThat(v.toString())
                        .isEqualTo("earlyDecisionDate: datoen ligger i år 3862607, uden for årene 1900 til 2999"));
        assertThat(TransferRules.check(1, "T", 3, Money.ofOere(max.oere() + 1), Money.ZERO, "", "", "", List.of()))
                .extracting(Violation::code).containsExactly("rule.amount.tooLarge");
    }

    @Test
    void aDuplicateNumberNamesTheFirstTransferThatHasIt() {
        Transfer a = new Transfer(7, "A", 2, KR, Money.ZERO, "", "", "", List.of());
        assertThat(CaseRules.check(List.of(a, a))).singleElement().satisfies(v -> assertThat(v.toString())
                .isEqualTo("transfers[1].number: overførselsnummer 7 er også brugt af transfers[0]"));
    }
}
