package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.document.BilagOptions;
import dk.overfoersel.document.PdfPages;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.usecase.WriteBilag;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The appendix from the window: save it as PDF or Word, or render it for the print preview.
 * The document is made from the case as stored after the pending edits are saved, on the
 * background thread; the window stays responsive.
 */
public final class BilagViewModel implements PrintableDocument {

    private final Workspace workspace;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int number = BilagOptions.DEFAULT_NUMBER;
    private java.time.LocalDate date = java.time.LocalDate.now();
    /** The last preview's PDF, the case and options it was made from: saved again when nothing changed. */
    private volatile Rendered lastPreview;

    private record Rendered(dk.overfoersel.domain.TransferCase transferCase, BilagOptions options, byte[] pdf) {
    }

    public BilagViewModel(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public boolean numbered() {
        return true;
    }

    @Override
    public String previewTitle() {
        return Texts.get("ui.bilag.previewTitle", String.valueOf(number));
    }

    /** The appendix number in the title ("Bilag 2"). */
    @Override
    public void setNumber(int number) {
        this.number = number;
    }

    @Override
    public int number() {
        return number;
    }

    /** The date the appendix carries ("Dato: 20.02.2009"); today unless chosen in the print preview. */
    @Override
    public void setDate(java.time.LocalDate date) {
        this.date = java.util.Objects.requireNonNull(date);
    }

    @Override
    public java.time.LocalDate date() {
        return date;
    }

    public void savePdf() {
        chooseAndSave(BilagFormat.PDF);
    }

    public void saveWord() {
        chooseAndSave(BilagFormat.DOCX);
    }

    private void chooseAndSave(BilagFormat format) {
        Round r = workspace.roundProperty().get();
        if (r == null) {
            return;
        }
        workspace.dialogs().chooseBilagToSave(format, suggestedName(r, format)).ifPresent(file -> save(file, format));
    }

    /** "Bilag-2-Beskaeftigelses-og-Integrationsforvaltningen-2008.pdf" */
    String suggestedName(Round r, BilagFormat format) {
        String admin = r.administration().replaceAll("[^A-Za-z0-9ÆØÅæøå]+", "-").replaceAll("(^-|-$)", "");
        return Texts.get("ui.bilag.fileName", String.valueOf(number), admin, String.valueOf(r.accountsYear())) + format.extension();
    }

    public void save(Path file, BilagFormat format) {
        BilagOptions options = options();
        busy.set(true);
        workspace.withCase(c -> {
            Rendered last = lastPreview;
            if (format == BilagFormat.PDF && last != null && last.options().equals(options)
                    && last.transferCase().equals(c)) {
                new WriteBilag().write(last.pdf(), file); // the preview's PDF: nothing changed since
            } else {
                new WriteBilag().write(c, options, format, file);
            }
        }, () -> {
            busy.set(false);
            workspace.fileSaved(file, Texts.get("ui.bilag.savedTitle"), Texts.get("ui.bilag.saved", file));
        }, e -> busy.set(false));
    }

    /** Renders the appendix as PDF in the background and hands its pages to {@code show} (FX thread). */
    @Override
    public void preview(Consumer<PdfPages> show) {
        if (workspace.roundProperty().get() == null) {
            return;
        }
        BilagOptions options = options();
        AtomicReference<byte[]> pdf = new AtomicReference<>();
        busy.set(true);
        workspace.withCase(c -> {
            try {
                pdf.set(new WriteBilag().pdf(c, options));
            } catch (java.io.UncheckedIOException e) {
                throw new UseCaseException(Texts.get("ui.bilag.previewFailed", String.valueOf(e.getCause().getMessage())), e);
            }
            lastPreview = new Rendered(c, options, pdf.get());
        }, () -> {
            busy.set(false);
            show.accept(PdfPages.of(pdf.get()));
        }, e -> busy.set(false));
    }

    private BilagOptions options() {
        return new BilagOptions(number, date);
    }

    /** True while a document is being made. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
