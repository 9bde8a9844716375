package dk.overfoersel.ui.note;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.PdfPages;
import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteInfo;
import dk.overfoersel.exchange.ImportException;
import dk.overfoersel.ui.model.DialogService;
import dk.overfoersel.ui.model.PrintableDocument;
import dk.overfoersel.usecase.ExchangeFormat;
import dk.overfoersel.usecase.note.ExportNote;
import dk.overfoersel.usecase.note.ImportNote;
import dk.overfoersel.usecase.note.WriteNoteDocument;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The open note's files, through the same use cases as the command line ({@code usecase.note}):
 * import from JSON or Excel, export to JSON or Excel, save as PDF or Word, and the print preview.
 * Reading and writing run on the background thread; after a file is saved the notice offers "Åbn"
 * and "Vis i mappe".
 */
public final class NoteFilesViewModel implements PrintableDocument {

    private final NotesViewModel notes;
    private BiConsumer<Path, Boolean> opener = (file, folder) -> { };
    /** The last preview's PDF and the note it was made from: saved as it is when nothing changed since. */
    private volatile Rendered lastPreview;

    private record Rendered(BudgetNote note, byte[] pdf) {
    }

    public NoteFilesViewModel(NotesViewModel notes) {
        this.notes = notes;
    }

    /** How a saved file (or its folder) is opened on the desktop: {@code (file, folder)}. */
    public void setOpener(BiConsumer<Path, Boolean> opener) {
        this.opener = opener;
    }

    private DialogService dialogs() {
        return notes.dialogs();
    }

    // ---- import -----------------------------------------------------------------------------------

    public void importFile(ExchangeFormat format) {
        String title = Texts.get(format == ExchangeFormat.XLSX ? "note.ui.file.importXlsxTitle" : "note.ui.file.importJsonTitle");
        dialogs().chooseFile(title, filter(format), format.extension(), null).ifPresent(this::importFile);
    }

    /**
     * Reads and checks the whole file first; a note that is already stored (same administration,
     * price level and code) is replaced only when the user says so. Nothing is stored on an error.
     */
    public void importFile(Path file) {
        ImportNote use = new ImportNote();
        notes.background().run(() -> {
            try {
                return use.read(file);
            } catch (ImportException e) {
                throw new DomainException(Texts.get("note.ui.importFailed", String.join("\n", e.messages())));
            }
        }, read -> {
            boolean exists = notes.notesList().stream().anyMatch(n -> sameNote(n, read));
            if (exists && !dialogs().confirm(Texts.get("note.ui.file.replaceTitle"),
                    Texts.get("note.ui.file.replace", read.code(), String.valueOf(read.priceLevel())))) {
                return;
            }
            notes.store(() -> read, exists);
        }, e -> notes.report(e, false));
    }

    private static boolean sameNote(NoteInfo n, BudgetNote b) {
        return n.code().equals(b.code()) && n.administration().equals(b.administration()) && n.priceLevel() == b.priceLevel();
    }

    // ---- export and documents ---------------------------------------------------------------------

    public void export(ExchangeFormat format) {
        BudgetNote n = notes.noteProperty().get();
        if (n == null) {
            return;
        }
        String title = Texts.get(format == ExchangeFormat.XLSX ? "note.ui.file.exportXlsxTitle" : "note.ui.file.exportJsonTitle");
        dialogs().chooseFile(title, filter(format), format.extension(), suggestedName(n, format.extension()))
                .ifPresent(file -> write(file, () -> new ExportNote().write(n, format, file)));
    }

    public void saveDocument(BilagFormat format) {
        BudgetNote n = notes.noteProperty().get();
        if (n == null) {
            return;
        }
        String title = Texts.get(format == BilagFormat.PDF ? "note.ui.file.savePdfTitle" : "note.ui.file.saveWordTitle");
        String filter = Texts.get(format == BilagFormat.PDF ? "ui.bilag.pdfFilter" : "ui.bilag.wordFilter");
        dialogs().chooseFile(title, filter, format.extension(), suggestedName(n, format.extension())).ifPresent(file -> write(file, () -> {
            Rendered last = lastPreview;
            if (format == BilagFormat.PDF && last != null && last.note().equals(n)) {
                new WriteNoteDocument().write(last.pdf(), file); // the preview's PDF: nothing changed since
            } else {
                new WriteNoteDocument().write(n, format, file);
            }
        }));
    }

    /** Writes on the background thread (after the saves queued before it); then the notice. */
    private void write(Path file, Runnable work) {
        notes.background().run(() -> {
            work.run();
            return file;
        }, written -> {
            notes.status(Texts.get("note.ui.file.saved", written));
            switch (dialogs().fileSaved(Texts.get("note.ui.file.savedTitle"), Texts.get("note.ui.file.saved", written))) {
                case OPEN -> opener.accept(written, false);
                case SHOW_IN_FOLDER -> opener.accept(written, true);
                case NONE -> { }
            }
        }, e -> notes.report(e, false));
    }

    /** "BI2-2016-p-l.xlsx": the code and price level. */
    static String suggestedName(BudgetNote n, String extension) {
        return (n.code() + "-" + n.priceLevel()).replaceAll("[^A-Za-z0-9ÆØÅæøå-]+", "-") + extension;
    }

    private static String filter(ExchangeFormat format) {
        return Texts.get(format == ExchangeFormat.XLSX ? "ui.file.xlsxFilter" : "note.ui.file.jsonFilter");
    }

    // ---- the print preview ------------------------------------------------------------------------

    @Override
    public void preview(Consumer<PdfPages> show) {
        BudgetNote n = notes.noteProperty().get();
        if (n == null) {
            return;
        }
        AtomicReference<byte[]> pdf = new AtomicReference<>();
        notes.background().run(() -> {
            try {
                pdf.set(new WriteNoteDocument().pdf(n));
            } catch (java.io.UncheckedIOException e) {
                throw new DomainException(Texts.get("note.ui.file.previewFailed", String.valueOf(e.getCause().getMessage())));
            }
            lastPreview = new Rendered(n, pdf.get());
            return pdf.get();
        }, bytes -> show.accept(PdfPages.of(bytes)), e -> notes.report(e, false));
    }

    @Override
    public String previewTitle() {
        BudgetNote n = notes.noteProperty().get();
        return Texts.get("note.ui.file.previewTitle", n == null ? "" : n.code());
    }
}
