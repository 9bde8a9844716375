package dk.overfoersel.domain.note;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;

/** A section of a note's text: a heading and plain text (blank line = paragraph, "- " = bullet). */
public record Section(String heading, String text) {
    public Section {
        heading = heading == null ? "" : heading.strip();
        text = text == null ? "" : text;
        if (heading.isEmpty()) {
            throw new DomainException(Texts.get("note.rule.heading"));
        }
        NoteTexts.line(heading, "note.field.heading");
        NoteTexts.longText(text, "note.field.sectionText");
    }
}
