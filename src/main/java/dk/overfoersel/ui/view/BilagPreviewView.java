package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.document.PdfPages;
import dk.overfoersel.ui.model.PrintableDocument;
import dk.overfoersel.ui.model.DialogService;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Udskriv bilag…": the pages of the appendix as they will print, one at a time, then JavaFX's print
 * dialog. Pages are rendered on a thread of their own, and printing runs off the FX thread page by
 * page with a progress bar: the main window stays usable all along.
 */
public final class BilagPreviewView {

    private static final float PREVIEW_DPI = 96f;
    private static final float PRINT_DPI = 200f;

    private final PrintableDocument bilag;
    private final DialogService dialogs;
    /** The pages shown; replaced when the appendix number changes. Read by the render thread. */
    private volatile PdfPages pages;
    private final Pagination pagination;
    private final Stage stage = new Stage();
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "overfoersel-bilag");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Label pageLabel = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button print;
    /** The page's height relative to the window's (1 = the whole page fits). */
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(1.0);
    private final Label zoomLabel = new Label();

    private BilagPreviewView(Window owner, PdfPages pages, PrintableDocument bilag, DialogService dialogs) {
        this.pages = pages;
        this.bilag = bilag;
        this.dialogs = dialogs;

        pagination = Fx.id(new Pagination(pages.count(), 0), "bilagPreviewPages");
        pagination.setPageFactory(this::page);
        pagination.currentPageIndexProperty().addListener((o, a, b) -> showPageNumber(b.intValue()));
        showPageNumber(0);

        print = Fx.button("bilagPrintButton", "ui.bilag.print", "ui.bilag.printTip", this::print);
        print.setDefaultButton(true);
        Button close = Fx.button("bilagPreviewClose", "ui.bilag.close", "ui.bilag.closeTip", stage::close);
        close.setCancelButton(true);
        Fx.id(pageLabel, "bilagPreviewPageLabel");
        Fx.id(status, "bilagPrintStatus");
        Fx.id(progress, "bilagPrintProgress");
        progress.setVisible(false);
        Spinner<Integer> number = Fx.control(new Spinner<>(1, 99, bilag.number()), "bilagNumberSpinner", "ui.bilag.numberTip");
        number.setEditable(true);
        number.setPrefWidth(76);
        number.valueProperty().addListener((o, a, b) -> renumber(b));
        // Enter in "Bilag nr." takes the typed number (and re-renders); it must not reach the default
        // button, which would start printing
        number.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                commitNumber(number);
            }
        });
        number.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitNumber(number);
            }
        });
        Label numberLabel = Fx.caption("ui.bilag.number", number);
        javafx.scene.control.DatePicker date = Fx.control(new javafx.scene.control.DatePicker(bilag.date()),
                "bilagDatePicker", "ui.bilag.dateTip");
        date.setPrefWidth(130);
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"), java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")));
        date.valueProperty().addListener((o, a, b) -> redate(b));
        // Enter in "Dato" takes the typed date (and re-renders); as in "Bilag nr." it must not reach
        // the default button, which would start printing
        date.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                commitDate(date);
            }
        });
        Label dateLabel = Fx.caption("ui.bilag.date", date);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button zoomOut = Fx.button("bilagZoomOut", "layout.preview.zoomOut", "layout.preview.zoomOutTip", () -> zoomBy(-0.25));
        Button zoomIn = Fx.button("bilagZoomIn", "layout.preview.zoomIn", "layout.preview.zoomInTip", () -> zoomBy(0.25));
        Fx.id(zoomLabel, "bilagZoomLabel");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        showZoom();
        // two rows, so every button stays on a narrow screen: the page and zoom, then the choices and actions
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox pageRow = new HBox(10, pageLabel, status, progress, spacer, zoomOut, zoomLabel, zoomIn);
        pageRow.setAlignment(Pos.CENTER_LEFT);
        HBox actions = bilag.numbered() ? new HBox(10, dateLabel, date, numberLabel, number, spacer2, print, close)
                : new HBox(10, spacer2, print, close); // a budget note carries its own date, and no number
        actions.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox(8, pageRow, actions);
        bottom.setPadding(new Insets(10, 14, 10, 14));
        bottom.getStyleClass().add("preview-bar");
        bottom.setMinHeight(Region.USE_PREF_SIZE);

        BorderPane root = new BorderPane(pagination, null, null, bottom, null);
        root.getStyleClass().add("bilag-preview");
        // sized to the screen, so the buttons at the bottom are always on it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(900, screen.getWidth() - 40), Math.min(900, screen.getHeight() - 60));
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == javafx.scene.input.KeyCode.PLUS || e.getCode() == javafx.scene.input.KeyCode.ADD
                    || e.getCode() == javafx.scene.input.KeyCode.EQUALS)) {
                zoomBy(0.25);
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == javafx.scene.input.KeyCode.MINUS
                    || e.getCode() == javafx.scene.input.KeyCode.SUBTRACT)) {
                zoomBy(-0.25);
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
            Zoom.follow(owner, root); // its buttons and fields at the window's text size; Ctrl++ here zooms the page
        }
        DanishTextMenu.installOn(scene, null, null);
        stage.setScene(scene);
        stage.setTitle(bilag.previewTitle());
        stage.setOnHidden(e -> dispose());
    }

    /** Opens the preview window for the rendered pages; it owns them and closes them with itself. */
    public static BilagPreviewView show(Window owner, PdfPages pages, PrintableDocument bilag, DialogService dialogs) {
        BilagPreviewView view = new BilagPreviewView(owner, pages, bilag, dialogs);
        view.stage.show();
        return view;
    }

    /** Another date: render again (also what "Gem bilag som …" uses from now on). */
    private void redate(java.time.LocalDate date) {
        if (date == null || date.equals(bilag.date())) {
            return;
        }
        bilag.setDate(date);
        rerender();
    }

    /** Another appendix number: render again (also what "Gem bilag som …" uses from now on). */
    private void renumber(Integer number) {
        if (number == null || number == bilag.number()) {
            return;
        }
        bilag.setNumber(number);
        rerender();
    }

    private void rerender() {
        String title = bilag.previewTitle();
        bilag.preview(fresh -> {
            if (closed.get()) {
                fresh.close();
                return;
            }
            PdfPages old = pages;
            pages = fresh;
            renderer.execute(old::close);
            int current = Math.min(pagination.getCurrentPageIndex(), fresh.count() - 1);
            pagination.setPageCount(fresh.count());
            pagination.setPageFactory(null);
            pagination.setPageFactory(this::page);
            pagination.setCurrentPageIndex(current);
            showPageNumber(current);
            stage.setTitle(title);
        });
    }

    /** The date typed in the field's editor, when it reads as a date; otherwise the field shows the last one. */
    private static void commitDate(javafx.scene.control.DatePicker date) {
        try {
            java.time.LocalDate typed = date.getConverter().fromString(date.getEditor().getText());
            if (typed != null) {
                date.setValue(typed);
            }
        } catch (java.time.DateTimeException e) {
            // not a date: keep the one chosen before
        }
        date.getEditor().setText(date.getConverter().toString(date.getValue()));
    }

    private void commitNumber(Spinner<Integer> number) {
        String typed = number.getEditor().getText();
        try {
            int value = Integer.parseInt(typed.strip());
            number.getValueFactory().setValue(Math.max(1, Math.min(99, value)));
        } catch (NumberFormatException ex) {
            // not a number: back to the current one
        }
        number.getEditor().setText(String.valueOf(number.getValue()));
    }

    private void zoomBy(double step) {
        zoom.set(Math.max(0.5, Math.min(3.0, Math.round((zoom.get() + step) * 4) / 4.0)));
        showZoom();
    }

    private void showZoom() {
        zoomLabel.setText(Math.round(zoom.get() * 100) + " %");
    }

    /** For tests: the zoom (1 = the whole page in the window). */
    public double zoom() {
        return zoom.get();
    }

    private void showPageNumber(int index) {
        pageLabel.setText(Texts.get("ui.bilag.pageOf", String.valueOf(index + 1), String.valueOf(pages.count())));
    }

    private Node page(int index) {
        PdfPages source = pages;
        ProgressIndicator waiting = new ProgressIndicator();
        waiting.setMaxSize(48, 48);
        StackPane holder = new StackPane(waiting);
        holder.getStyleClass().add("preview-page-holder");
        holder.setPadding(new Insets(12));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("preview-scroll");
        renderer.execute(() -> {
            if (closed.get()) {
                return;
            }
            WritableImage image = toFx(source.render(index, PREVIEW_DPI));
            Platform.runLater(() -> {
                ImageView view = new ImageView(image);
                view.setId("bilagPreviewPage");
                view.setPreserveRatio(true);
                view.fitHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(100, (scroll.getViewportBounds().getHeight() - 24) * zoom.get()),
                        scroll.viewportBoundsProperty(), zoom));
                view.getStyleClass().add("preview-page");
                view.setAccessibleText(Texts.get("ui.bilag.pageOf", String.valueOf(index + 1), String.valueOf(source.count())));
                holder.getChildren().setAll(view);
            });
        });
        return scroll;
    }

    private void print() {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            job = null;
        }
        if (job == null || job.getPrinter() == null) {
            dialogs.error(Texts.get("ui.bilag.printTitle"), Texts.get("ui.bilag.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        PrinterJob printing = job;
        PdfPages printed = pages;
        PageLayout layout = printing.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        int count = printed.count();
        print.setDisable(true);
        progress.setVisible(true);
        progress.setProgress(0);
        status.setText(Texts.get("ui.bilag.printing", "0", String.valueOf(count)));
        renderer.execute(() -> {
            boolean ok = true;
            for (int i = 0; i < count && ok && !closed.get(); i++) {
                ImageView view = new ImageView(toFx(printed.render(i, PRINT_DPI)));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                ok = printing.printPage(layout, view);
                int done = i + 1;
                Platform.runLater(() -> {
                    progress.setProgress(done / (double) count);
                    status.setText(Texts.get("ui.bilag.printing", String.valueOf(done), String.valueOf(count)));
                });
            }
            boolean finished = ok && !closed.get() && printing.endJob();
            if (!finished) {
                printing.cancelJob();
            }
            Platform.runLater(() -> {
                print.setDisable(false);
                progress.setVisible(false);
                status.setText(Texts.get(finished ? "ui.bilag.printed" : "ui.bilag.printFailed"));
            });
        });
    }

    private static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    private void dispose() {
        if (closed.compareAndSet(false, true)) {
            PdfPages last = pages;
            renderer.execute(last::close);
            renderer.shutdown();
        }
    }

    public Stage stage() {
        return stage;
    }
}
