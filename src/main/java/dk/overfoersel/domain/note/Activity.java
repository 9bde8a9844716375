package dk.overfoersel.domain.note;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;

/** A line of Tabel 1: an activity and its derived effect. */
public record Activity(String activity, String effect) {
    public Activity {
        activity = activity == null ? "" : activity.strip();
        effect = effect == null ? "" : effect.strip();
        if (activity.isEmpty()) {
            throw new DomainException(Texts.get("note.rule.activity"));
        }
        NoteTexts.longText(activity, "note.field.activity");
        NoteTexts.longText(effect, "note.field.effect");
    }
}
