package dk.overfoersel.ui.model;

import dk.overfoersel.document.PdfPages;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A document the print preview shows and prints: the appendix (bilag), whose number and date are
 * chosen in the preview, or a budget note, which carries its own date.
 */
public interface PrintableDocument {

    /** Renders the document as PDF in the background and hands its pages to {@code show} (FX thread). */
    void preview(Consumer<PdfPages> show);

    /** The preview window's title ("Udskriftsvisning – Bilag 2"). */
    String previewTitle();

    /** True when the preview offers the appendix number and date (the bilag). */
    default boolean numbered() {
        return false;
    }

    default int number() {
        return 1;
    }

    default void setNumber(int number) {
    }

    default LocalDate date() {
        return LocalDate.now();
    }

    default void setDate(LocalDate date) {
    }
}
