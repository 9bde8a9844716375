package dk.overfoersel.ui.view;

import dk.overfoersel.domain.RoundInfo;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.FxBackground;
import dk.overfoersel.ui.StartupTimeline;
import dk.overfoersel.ui.UiStart;
import dk.overfoersel.ui.model.Background;
import dk.overfoersel.ui.model.BilagViewModel;
import dk.overfoersel.ui.model.FiguresViewModel;
import dk.overfoersel.ui.model.QualityCheckViewModel;
import dk.overfoersel.ui.model.DialogService;
import dk.overfoersel.ui.model.MainViewModel;
import dk.overfoersel.ui.model.Workspace;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import dk.overfoersel.ui.note.NotesView;
import dk.overfoersel.ui.note.NotesViewModel;
import javafx.stage.Stage;

/**
 * The main window: menus, the ceiling bar, the transfers with their editor and commitments, the
 * round's details, a welcome page for an empty database and a progress indicator while loading.
 */
public final class MainWindow {

    public static final String STYLESHEET = "/dk/overfoersel/ui/overfoersel.css";

    private final MainViewModel vm;
    private final FxBackground background;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final SplitPane split = new SplitPane();
    /** Where the tabs go once the first frame is out; until then it shows the progress indicator only. */
    private final StackPane center = new StackPane();
    /** The four menus' titles in the first frame; their items are added right after it ({@link #addMenus()}). */
    private final MenuBar menus = new MenuBar();
    private TransfersView transfersView;
    private Zoom zoom;
    private WindowPlacement placement;
    private Runnable onClose = () -> { };

    private MainWindow(MainViewModel vm, FxBackground background) {
        this.vm = vm;
        this.background = background;
        build();
    }

    /**
     * Starts reading the database's last round in the background, builds the window on the stage and
     * shows it. The first frame carries the menus, the round's title and the ceiling bar (and the progress
     * indicator); the tabs with the table and the editor join the scene right after it (decision 0510).
     */
    public static MainWindow open(Stage stage, UiStart start, DialogService dialogs) {
        // Danish month and day names in the date picker, whoever starts the window (also tests)
        dk.overfoersel.ui.DanishLocale.apply();
        FxBackground background = new FxBackground();
        Workspace workspace = new Workspace(start.services(), background, dialogs);
        workspace.setDesktop(new dk.overfoersel.ui.SystemDesktopFiles());
        MainViewModel vm = new MainViewModel(workspace, start.dbOption());
        vm.setLater(javafx.application.Platform::runLater);
        vm.start();
        UiFonts.load();
        MainWindow window = new MainWindow(vm, background);
        StartupTimeline.mark("built");
        window.vm.setLogFile(start.logFile());
        window.vm.setSettings(start.settings());
        WindowPlacement placement = new WindowPlacement(start.settings());
        Scene scene = placement.scene(window.root);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        window.routeUndoKeys(scene);
        DanishTextMenu.installOn(scene, window.vm::undo, window.vm::redo);
        Accessibility.tabLeavesTextAreas(scene);
        window.zoom = new Zoom(window.root, start.settings(), size -> {
            if (window.transfersView != null) {
                window.transfersView.fitColumns(size);
                WindowPlacement.rearrange(window.split);
            }
        });
        window.zoom.routeKeys(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(window.vm.titleProperty());
        placement.place(stage);
        window.placement = placement;
        stage.setOnCloseRequest(e -> {
            if (!window.vm.mayClose()) {
                e.consume();
            } else {
                window.close();
            }
        });
        window.onClose = () -> placement.remember(stage, window.split);
        stage.show();
        StartupTimeline.mark("shown");
        window.attachTabsAfterFirstFrame(scene);
        return window;
    }

    /**
     * The tabs (table, editor, commitments, round details) cost most of the building, the first CSS pass
     * and layout: they are built and join the scene after the first frame is out, behind the progress
     * indicator while loading.
     */
    private void attachTabsAfterFirstFrame(Scene scene) {
        Runnable[] attach = new Runnable[1];
        attach[0] = () -> {
            scene.removePostLayoutPulseListener(attach[0]);
            javafx.application.Platform.runLater(() -> {
                if (!closed) {
                    addMenus();
                    buildTabs();
                    transfersView.fitColumns(zoom.fontSize());
                    placement.manageSplit(split, transfersView::minimumWidth);
                    center.getChildren().add(0, tabs);
                    StartupTimeline.mark("tabs");
                }
            });
        };
        scene.addPostLayoutPulseListener(attach[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /**
     * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) always mean the session's undo and redo, also inside a text
     * field (whose own text undo would otherwise take them): pending typing is saved as one edit first.
     */
    private void routeUndoKeys(Scene scene) {
        KeyCombination undo = KeyCombination.keyCombination("Shortcut+Z");
        KeyCombination redo = KeyCombination.keyCombination("Shortcut+Y");
        KeyCombination redoShift = KeyCombination.keyCombination("Shortcut+Shift+Z");
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (redo.match(e) || redoShift.match(e)) {
                vm.redo();
                e.consume();
            } else if (undo.match(e)) {
                vm.undo();
                e.consume();
            }
        });
    }

    private void build() {
        root.getStyleClass().add("main-window");
        CeilingBarView ceiling = new CeilingBarView(vm.ceiling());
        // the first frame shows the four menus' titles; their items join right after it, with the tabs (0513)
        menus.setId("menuBar");
        menus.getMenus().setAll(titleOnly("ui.menu.file", "fileMenu"), titleOnly("ui.menu.edit", "editMenu"),
                titleOnly("ui.menu.view", "viewMenu"), titleOnly("ui.menu.help", "helpMenu"));
        root.setTop(new VBox(menus, contextRow(), ceiling.root()));
        showConflicts();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        VBox welcome = welcome();
        welcome.visibleProperty().bind(vm.emptyProperty());
        tabs.visibleProperty().bind(vm.emptyProperty().not());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loadingIndicator");
        progress.setAccessibleText(Texts.get("ui.loading"));
        Label loadingText = Fx.label("ui.loading");
        VBox loading = new VBox(progress, loadingText);
        loading.getStyleClass().add("loading-overlay");
        loading.setAlignment(Pos.CENTER);
        loading.visibleProperty().bind(vm.loadingProperty());
        center.getChildren().setAll(welcome, loading);
        root.setCenter(center);
        root.setBottom(statusBar());
    }

    /** The transfers tab (table, editor, commitments, preview, figures) and the round tab. */
    private void buildTabs() {
        transfersView = new TransfersView(vm.transfers());
        transfersView.setAfterAdd(this::editNewTransfer);
        TransferEditorView editor = new TransferEditorView(vm.editor());
        CommitmentsView commitments = new CommitmentsView(vm.commitments());
        VBox left = new VBox(transfersView.root());
        left.getStyleClass().add("transfers-column");
        left.setId("transfersColumn");
        VBox.setVgrow(transfersView.root(), Priority.ALWAYS);
        FiguresViewModel figures = new FiguresViewModel(vm.workspace());
        figures.itemProperty().bind(vm.editingProperty());
        // the editor and the contracts scroll together, vertically only: the table keeps the whole height;
        // the live preview of the texts and the figures follow
        VBox right = new VBox(editor.root(), commitments.root(), new TextPreviewView(vm.editor()).root(),
                new FiguresView(figures).root());
        right.getStyleClass().add("editor-column");
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rightScroll.setId("editorScroll");
        Fx.keepFocusVisible(rightScroll);
        split.getItems().setAll(left, rightScroll);
        split.setId("transfersSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        Tab transfersTab = new Tab(Texts.get("ui.tab.transfers"), split);
        transfersTab.setId("transfersTab");
        ScrollPane roundScroll = new ScrollPane(new RoundDetailsView(vm.roundDetails()).root());
        roundScroll.setFitToWidth(true);
        Fx.keepFocusVisible(roundScroll);
        Tab roundTab = new Tab(Texts.get("ui.tab.round"), roundScroll);
        roundTab.setId("roundTab");
        tabs.getTabs().addAll(transfersTab, roundTab);
    }

    private HBox contextRow() {
        Label heading = new Label();
        heading.setId("roundHeading");
        heading.textProperty().bind(vm.titleProperty());
        heading.getStyleClass().add("round-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<RoundInfo> rounds = Fx.control(new ComboBox<>(vm.workspace().rounds()), "roundChooser", "ui.rounds.chooserHint");
        rounds.setCellFactory(l -> new RoundCell());
        rounds.setButtonCell(new RoundCell());
        Label roundsCaption = Fx.caption("ui.rounds.chooser", rounds);
        roundsCaption.visibleProperty().bind(Bindings.size(vm.workspace().rounds()).greaterThan(1));
        roundsCaption.managedProperty().bind(roundsCaption.visibleProperty());
        rounds.visibleProperty().bind(roundsCaption.visibleProperty());
        rounds.managedProperty().bind(rounds.visibleProperty());
        Runnable syncChooser = () -> vm.workspace().rounds().stream()
                .filter(r -> r.id() == vm.workspace().roundId()).findFirst()
                .ifPresent(r -> {
                    if (rounds.getValue() == null || rounds.getValue().id() != r.id() || !rounds.getValue().equals(r)) {
                        rounds.setValue(r);
                    }
                });
        vm.workspace().roundProperty().addListener((o, a, b) -> syncChooser.run());
        vm.workspace().rounds().addListener((ListChangeListener<RoundInfo>) c -> syncChooser.run());
        rounds.setOnAction(e -> vm.chooseRound(rounds.getValue()));
        HBox row = new HBox(heading, spacer, roundsCaption, rounds);
        row.getStyleClass().add("context-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox welcome() {
        Label title = Fx.label("ui.welcome.title");
        title.getStyleClass().add("welcome-title");
        Label text = Fx.label("ui.welcome.text");
        text.setWrapText(true);
        text.getStyleClass().add("muted");
        Button example = Fx.button("welcomeExample", "ui.welcome.example", "ui.welcome.exampleHint", vm::loadExample);
        example.getStyleClass().add("accent");
        example.setDefaultButton(true);
        Button create = Fx.button("welcomeNewRound", "ui.welcome.newRound", "ui.welcome.newRoundHint", vm::newRound);
        Button importJson = Fx.button("welcomeImport", "ui.welcome.import", "ui.welcome.importHint", vm::importJson);
        VBox buttons = new VBox(example, create, importJson);
        buttons.getStyleClass().add("welcome-buttons");
        VBox card = new VBox(title, text, buttons);
        card.getStyleClass().addAll("card", "welcome-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        VBox page = new VBox(card);
        page.setId("welcome");
        page.setAlignment(Pos.CENTER);
        page.getStyleClass().add("welcome");
        return page;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label db = new Label();
        db.setId("databaseLabel");
        db.textProperty().bind(Bindings.concat(Texts.get("ui.status.database"), " ", vm.workspace().databaseNameProperty()));
        HBox bar = new HBox(status, spacer, db);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ---- menus --------------------------------------------------------------------------------

    private static Menu titleOnly(String key, String id) {
        Menu menu = new Menu(Texts.get(key));
        menu.setId(id);
        return menu;
    }

    /** The menus' items, built after the first frame, in the menus the first frame showed. */
    private void addMenus() {
        List<Menu> shown = menus.getMenus();
        fillFileMenu(shown.get(0));
        fillEditMenu(shown.get(1));
        fillViewMenu(shown.get(2));
        fillHelpMenu(shown.get(3));
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Texts.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * The Filer menu. Print and document entries ("Udskriv bilag…", "Gem bilag som PDF…",
     * "Gem bilag som Word…") belong in {@link #fileMenuDocumentItems()}.
     */
    private void fillFileMenu(Menu menu) {
        List<MenuItem> items = new ArrayList<>(List.of(
                item("menuNewRound", "ui.menu.newRound", "Shortcut+Shift+N", vm::newRound),
                item("menuLoadExample", "ui.menu.loadExample", null, vm::loadExample),
                new SeparatorMenuItem(),
                item("menuImport", "ui.menu.import", "Shortcut+O", vm::importJson),
                item("menuExport", "ui.menu.export", "Shortcut+E", vm::exportJson),
                item("menuImportXlsx", "ui.menu.importXlsx", null, vm::importXlsx),
                item("menuExportXlsx", "ui.menu.exportXlsx", null, vm::exportXlsx),
                new SeparatorMenuItem(),
                item("menuOpenDatabase", "ui.menu.openDatabase", null, vm::openOtherDatabase),
                item("menuOpenServer", "ui.menu.openServer", null, vm::openServerDatabase),
                item("menuRestoreBackup", "ui.menu.restoreBackup", null, () -> RestoreBackupView.choose(
                        root.getScene().getWindow(), new dk.overfoersel.ui.model.BackupViewModel(vm.workspace())))));
        List<MenuItem> documents = fileMenuDocumentItems();
        if (!documents.isEmpty()) {
            items.add(new SeparatorMenuItem());
            items.addAll(documents);
        }
        items.add(new SeparatorMenuItem());
        items.add(item("menuQuit", "ui.menu.quit", "Shortcut+Q", () -> {
            if (!vm.mayClose()) {
                return;
            }
            close();
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
                stage.close();
            }
        }));
        menu.getItems().setAll(items);
    }

    /** Menu items for printing and saving the appendix (bilag). */
    private List<MenuItem> fileMenuDocumentItems() {
        BilagViewModel bilag = new BilagViewModel(vm.workspace());
        QualityCheckViewModel quality = qualityCheck();
        MenuItem print = item("menuPrintBilag", "ui.menu.printBilag", "Shortcut+P", () -> quality.check(() -> bilag.preview(pages ->
                BilagPreviewView.show(root.getScene().getWindow(), pages, bilag, vm.workspace().dialogs()))));
        MenuItem pdf = item("menuSaveBilagPdf", "ui.menu.saveBilagPdf", null, () -> quality.check(bilag::savePdf));
        MenuItem word = item("menuSaveBilagWord", "ui.menu.saveBilagWord", null, () -> quality.check(bilag::saveWord));
        for (MenuItem m : List.of(print, pdf, word)) {
            m.disableProperty().bind(vm.workspace().roundProperty().isNull().or(bilag.busyProperty()));
        }
        return List.of(print, pdf, word);
    }

    /** The quality check before printing: its panel, and a finding's link focusing its field. */
    private QualityCheckViewModel qualityCheck() {
        QualityCheckViewModel quality = new QualityCheckViewModel(vm.workspace(), vm.transfers());
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            new QualityCheckView(root.getScene().getWindow(), quality); // the menus are built after the first frame
            return withTarget(quality);
        }
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && scene.getWindow() != null) {
                new QualityCheckView(scene.getWindow(), quality);
            } else if (scene != null) {
                scene.windowProperty().addListener((w, x, window) -> {
                    if (window != null && x == null) {
                        new QualityCheckView(window, quality);
                    }
                });
            }
        });
        return withTarget(quality);
    }

    private QualityCheckViewModel withTarget(QualityCheckViewModel quality) {
        quality.targetProperty().addListener((o, a, f) -> {
            if (f != null) {
                javafx.application.Platform.runLater(() -> focusField(f));
            }
        });
        return quality;
    }

    private void focusField(dk.overfoersel.domain.check.Finding f) {
        String id = switch (f.field()) {
            case UNDERSPEND -> "linesTable";
            case AMOUNT -> "amountField";
            case COMMITMENTS -> "commitmentsTable";
            case BACKGROUND -> "backgroundArea";
            case CONSEQUENCES -> "consequencesArea";
            case RECOMMENDATION -> "recommendationArea";
        };
        tabs.getSelectionModel().select(f.field() == dk.overfoersel.domain.check.CheckField.UNDERSPEND ? 1 : 0);
        javafx.scene.Node node = root.lookup("#" + id);
        if (node != null) {
            node.requestFocus();
        }
    }

    private void fillEditMenu(Menu menu) {
        MenuItem undo = item("menuUndo", "ui.menu.undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.workspace().undoStack().canUndoProperty().not());
        MenuItem redo = item("menuRedo", "ui.menu.redo", "Shortcut+Y", vm::redo);
        redo.disableProperty().bind(vm.workspace().undoStack().canRedoProperty().not());
        menu.getItems().setAll(undo, redo, new SeparatorMenuItem(),
                item("menuAddTransfer", "ui.menu.addTransfer", "Shortcut+N", () -> {
                    vm.transfers().add();
                    editNewTransfer();
                }),
                item("menuDuplicateTransfer", "ui.menu.duplicateTransfer", "Shortcut+D", () -> {
                    if (vm.transfers().duplicate() != null) {
                        editNewTransfer();
                    }
                }),
                item("menuDeleteTransfer", "ui.menu.deleteTransfer", null, () -> vm.transfers().delete()));
    }

    /** A new transfer's title is selected for typing. */
    private void editNewTransfer() {
        tabs.getSelectionModel().select(0);
        javafx.application.Platform.runLater(() -> {
            if (root.lookup("#titleField") instanceof javafx.scene.control.TextField title) {
                title.requestFocus();
                title.selectAll();
            }
        });
    }

    private void fillViewMenu(Menu menu) {
        menu.getItems().setAll(
                item("menuShowTransfers", "ui.menu.showTransfers", "Shortcut+1", () -> tabs.getSelectionModel().select(0)),
                item("menuShowRound", "ui.menu.showRound", "Shortcut+2", () -> tabs.getSelectionModel().select(1)),
                item("menuShowNotes", "note.ui.menu.show", "Shortcut+3", this::showNotes),
                item("menuSearch", "ui.menu.search", "Shortcut+F", () -> {
                    tabs.getSelectionModel().select(0);
                    root.lookup("#searchField").requestFocus();
                }),
                item("menuHistory", "ui.menu.history", "Shortcut+H", this::showHistory),

                new SeparatorMenuItem(),
                item("menuZoomIn", "layout.menu.zoomIn", "Shortcut+Plus", () -> zoom.zoomIn()),
                item("menuZoomOut", "layout.menu.zoomOut", "Shortcut+Minus", () -> zoom.zoomOut()),
                item("menuZoomReset", "layout.menu.zoomReset", "Shortcut+0", () -> zoom.reset()));
    }

    /** Another user stored what the user was editing: a conflict dialog for each (issue 9). */
    private void showConflicts() {
        vm.workspace().conflicts().addListener((javafx.collections.ListChangeListener<dk.overfoersel.ui.model.ConflictViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(conflict -> ConflictView.show(root.getScene().getWindow(), conflict));
            }
        });
    }

    /** Vis → Historik: the selected transfer's history in its own window. */
    private void showHistory() {
        var selected = vm.transfers().selectedProperty().get();
        if (selected == null) {
            vm.workspace().dialogs().information(Texts.get("ui.menu.history"), Texts.get("ui.history.noSelection"));
            return;
        }
        HistoryView.show(root.getScene().getWindow(), new dk.overfoersel.ui.model.HistoryViewModel(vm.workspace(), selected));
    }

    /** Vis → Budgetnotater…: the budget notes in their own window (ui.note). */
    private void showNotes() {
        NotesViewModel notes = new NotesViewModel(vm.workspace()::notes, background, vm.workspace().dialogs());
        dk.overfoersel.ui.note.NoteFilesViewModel files = new dk.overfoersel.ui.note.NoteFilesViewModel(notes);
        files.setOpener(vm.workspace()::openFile);
        javafx.stage.Stage stage = NotesView.show(notes, files, root.getScene().getWindow(), STYLESHEET);
        zoom.attach(stage.getScene());
    }

    private void fillHelpMenu(Menu menu) {
        menu.getItems().setAll(item("menuShowLog", "ui.menu.showLog", null, vm::showLog),
                item("menuAbout", "ui.menu.about", "F1",
                () -> vm.workspace().dialogs().information(Texts.get("ui.about.title"), Texts.get("ui.about.text"))));
    }

    private static final class RoundCell extends ListCell<RoundInfo> {
        @Override
        protected void updateItem(RoundInfo r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : Texts.get("ui.rounds.item", r.administration(),
                    String.valueOf(r.accountsYear()), String.valueOf(r.budgetYear()), r.transferCount()));
        }
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    private boolean closed;

    /** Saves what is pending, flushes and closes the database, and stops the database thread. */
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
            vm.close();
            background.close();
        }
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public Background background() {
        return background;
    }

    public Zoom zoom() {
        return zoom;
    }

    public SplitPane split() {
        return split;
    }

    public TransfersView transfersView() {
        return transfersView;
    }
}
