package dk.overfoersel.domain;

import java.util.Objects;

/** One line of the underspend on the operating frame; negative for an overspend. */
public record UnderspendLine(String text, Money amount) {

    public UnderspendLine {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(amount, "amount");
        if (text.isEmpty()) {
            throw new DomainException(Texts.get("rule.underspend.text"));
        }
    }

    public boolean isOverspend() {
        return amount.isNegative();
    }
}
