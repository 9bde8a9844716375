package dk.overfoersel.domain;

import dk.overfoersel.domain.check.DanishAmounts;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.domain.rule.TransferRules;
import dk.overfoersel.domain.rule.Violations;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One requested transfer (overførsel): its number within the round, the schedule it is filed
 * on, the amount requested in total (early part included) and the texts the appendix prints.
 * Texts are plain text: a blank line separates paragraphs, lines starting with "- " are bullets.
 * The rules are {@link TransferRules}.
 *
 * <p>{@code images} are the transfer's figures (pictures with caption and alt text; names unique within
 * the transfer; {@link #figures()} is its money). {@code checkedAmounts} are the amounts written in
 * its texts that the user has checked by hand (canonical form, {@code 5,9 mio. kr.}): the quality
 * check does not report them. Both are kept by their own use cases, not by a transfer's update.
 */
public record Transfer(int number, String title, int schedule, Money amount, Money earlyApproved,
                       String background, String consequences, String recommendation,
                       List<Commitment> commitments, List<Figure> images, List<String> checkedAmounts) {

    public static final int SCHEDULE_BOUND = TransferRules.SCHEDULE_BOUND;
    public static final int SCHEDULE_OPTIONAL = TransferRules.SCHEDULE_OPTIONAL;

    public Transfer {
        title = title == null ? "" : title.strip();
        background = background == null ? "" : background;
        consequences = consequences == null ? "" : consequences;
        recommendation = recommendation == null ? "" : recommendation;
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(earlyApproved, "earlyApproved");
        commitments = List.copyOf(Objects.requireNonNull(commitments, "commitments"));
        images = List.copyOf(images == null ? List.of() : images);
        checkedAmounts = canonicalAmounts(number, checkedAmounts);
        Violations violations = new Violations().addAll(TransferRules.check(number, title, schedule, amount,
                earlyApproved, background, consequences, recommendation, commitments), "");
        violations.throwIfAny(() -> Texts.get("rule.subject.transfer", String.valueOf(number)));
        uniqueNames(number, images);
    }

    /** Missing texts: no background, or a Skema 3 transfer without consequences (marked in the table; stored with it). */
    public boolean missingTexts() {
        return background.isBlank() || (isSkema3() && consequences.isBlank());
    }

    /** A transfer without figures and checked amounts. */
    public Transfer(int number, String title, int schedule, Money amount, Money earlyApproved,
                    String background, String consequences, String recommendation, List<Commitment> commitments) {
        this(number, title, schedule, amount, earlyApproved, background, consequences, recommendation, commitments,
                List.of(), List.of());
    }

    private static List<String> canonicalAmounts(int number, List<String> written) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : written == null ? List.<String>of() : written) {
            out.add(DanishAmounts.canonical(w).orElseThrow(() -> new DomainException(
                    Texts.get("figure.rule.checkedAmount", String.valueOf(number), String.valueOf(w)))));
        }
        return List.copyOf(out);
    }

    /** Throws when two figures of the transfer have the same name. */
    private static void uniqueNames(int number, List<Figure> images) {
        Set<String> names = new HashSet<>();
        for (Figure f : images) {
            if (!names.add(f.name())) {
                throw new DomainException(Texts.get("figure.rule.duplicateName", String.valueOf(number), f.name()));
            }
        }
    }

    /** The figure with this name, or null. */
    public Figure image(String name) {
        for (Figure f : images) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    public static boolean isValidSchedule(int schedule) {
        return TransferRules.isValidSchedule(schedule);
    }

    public boolean isSkema3() {
        return schedule == SCHEDULE_OPTIONAL;
    }

    public TransferFigures figures() {
        return TransferFigures.of(this);
    }

    public Transfer withNumber(int newNumber) {
        return new Transfer(newNumber, title, schedule, amount, earlyApproved, background, consequences, recommendation, commitments, images, checkedAmounts);
    }

    public Transfer withAmounts(Money newAmount, Money newEarly) {
        return new Transfer(number, title, schedule, newAmount, newEarly, background, consequences, recommendation, commitments, images, checkedAmounts);
    }

    public Transfer withCommitments(List<Commitment> newCommitments) {
        return new Transfer(number, title, schedule, amount, earlyApproved, background, consequences, recommendation, newCommitments, images, checkedAmounts);
    }

    public Transfer withImages(List<Figure> newImages) {
        return new Transfer(number, title, schedule, amount, earlyApproved, background, consequences, recommendation, commitments,
                newImages, checkedAmounts);
    }

    public Transfer withCheckedAmounts(List<String> newCheckedAmounts) {
        return new Transfer(number, title, schedule, amount, earlyApproved, background, consequences, recommendation, commitments,
                images, newCheckedAmounts);
    }
}
