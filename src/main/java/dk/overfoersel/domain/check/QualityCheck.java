package dk.overfoersel.domain.check;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.RunningSum;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.domain.Warning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The check before printing ("Kvalitetstjek"): one list, shared by the window and {@code bilag}.
 *
 * <p>Problems (they fail {@code bilag --strict}): a Skema 3 transfer without consequences, commitments
 * above a transfer's amount, over the ceiling, a negative ceiling. Notices (they do not): an amount
 * written in a transfer's texts that matches none of its figures, unless the user has marked it as
 * checked. The figures an amount is compared with: the amount, the early part, the part beyond the
 * early part, each commitment, the signed / negotiating / planned totals and the uncommitted part;
 * an amount matches when the figure, rounded half-up to the precision written, is the value written
 * ({@code 15,7 mio. kr.} matches 15.739.000 kr.).
 *
 * <p>Problems come first (the round's, then by transfer number), then the notices by transfer number
 * and place in the text.
 */
public final class QualityCheck {

    private QualityCheck() {
    }

    public static List<Finding> of(TransferCase transferCase) {
        List<Finding> problems = new ArrayList<>();
        List<Finding> notices = new ArrayList<>();
        RunningSum sum = transferCase.runningSum();
        Money ceiling = sum.ceiling();
        if (ceiling.isNegative()) {
            problems.add(new Finding(ProblemKind.NEGATIVE_CEILING, null, CheckField.UNDERSPEND, "",
                    Texts.get("check.negativeCeiling", DanishFormat.kroner(ceiling),
                            DanishFormat.kroner(sum.netUnderspend()), DanishFormat.kroner(sum.earlyTotal()))));
        }
        for (Warning w : sum.warnings()) {
            if (w.transfer() == null) {
                problems.add(new Finding(ProblemKind.OVER_CEILING, null, CheckField.AMOUNT, "", w.message()));
            }
        }
        for (Transfer t : transferCase.transfers()) {
            if (t.isSkema3() && t.consequences().isBlank()) {
                problems.add(new Finding(ProblemKind.MISSING_CONSEQUENCES, t.number(), CheckField.CONSEQUENCES, "",
                        Texts.get("check.missingConsequences", String.valueOf(t.number()))));
            }
            Warning exceeds = sum.warningFor(t.number());
            if (exceeds != null) {
                problems.add(new Finding(ProblemKind.COMMITMENTS_EXCEED_AMOUNT, t.number(), CheckField.COMMITMENTS, "",
                        exceeds.message()));
            }
            notices.addAll(unmatchedAmounts(t));
        }
        problems.addAll(notices);
        return List.copyOf(problems);
    }

    /** Whether any finding is a problem (not only notices). */
    public static boolean hasProblems(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isProblem);
    }

    /** The amounts in the transfer's texts that match none of its figures and are not marked as checked. */
    public static List<Finding> unmatchedAmounts(Transfer t) {
        List<Money> figures = figuresOf(t);
        Set<String> checked = Set.copyOf(t.checkedAmounts());
        Set<String> reported = new LinkedHashSet<>();
        List<Finding> found = new ArrayList<>();
        CheckField[] fields = {CheckField.BACKGROUND, CheckField.CONSEQUENCES, CheckField.RECOMMENDATION};
        String[] texts = {t.background(), t.consequences(), t.recommendation()};
        for (int i = 0; i < texts.length; i++) {
            for (AmountMention m : DanishAmounts.find(texts[i])) {
                if (checked.contains(m.key()) || reported.contains(m.key())
                        || figures.stream().anyMatch(m::matches)) {
                    continue;
                }
                reported.add(m.key());
                found.add(new Finding(ProblemKind.UNMATCHED_AMOUNT, t.number(), fields[i], m.key(),
                        Texts.get("check.unmatchedAmount", String.valueOf(t.number()), m.written().strip(),
                                fieldName(fields[i]))));
            }
        }
        return found;
    }

    /** The figures a written amount may name. */
    static List<Money> figuresOf(Transfer t) {
        TransferFigures f = t.figures();
        List<Money> all = new ArrayList<>(List.of(f.amount(), f.earlyApproved(), f.committed(), f.pending(),
                f.planned(), f.uncommitted()));
        if (f.earlyApproved().isPositive()) {
            all.add(f.amount().minus(f.earlyApproved()));
        }
        for (Commitment c : t.commitments()) {
            all.add(c.amount());
        }
        return all;
    }

    private static String fieldName(CheckField field) {
        return switch (field) {
            case BACKGROUND -> Texts.get("check.field.background");
            case CONSEQUENCES -> Texts.get("check.field.consequences");
            default -> Texts.get("check.field.recommendation");
        };
    }
}
