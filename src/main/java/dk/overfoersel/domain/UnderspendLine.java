package dk.overfoersel.domain;

import dk.overfoersel.domain.rule.RoundRules;
import dk.overfoersel.domain.rule.Violations;
import java.util.Objects;

/** One line of the underspend on the operating frame; negative for an overspend. */
public record UnderspendLine(String text, Money amount) {

    public UnderspendLine {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(amount, "amount");
        new Violations().addAll(RoundRules.line(text, amount), "").throwIfAny(Texts.get("rule.subject.line"));
    }

    public boolean isOverspend() {
        return amount.isNegative();
    }
}
