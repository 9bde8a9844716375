package dk.overfoersel.domain.note;

import java.time.LocalDate;

/** A stored note as the list shows it. */
public record NoteInfo(long id, String code, String title, String administration, LocalDate date, int priceLevel) {
}
