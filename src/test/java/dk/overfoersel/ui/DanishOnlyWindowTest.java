package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text on every screen is Danish: walks the scene graph of the main window (menus included), a
 * text field's context menu, the print preview and the dialogs, and fails on a known English word.
 */
class DanishOnlyWindowTest extends WindowTestBase {

    /** Words JavaFX (or a careless text) would show in English; "OK" is Danish too. Case-sensitive. */
    static final Pattern ENGLISH = Pattern.compile("\\b(Cancel|Yes|No|Close|Copy|Paste|Cut|Undo|Redo|Select All|Delete"
            + "|Apply|Open|Save|File|Edit|View|Help|Print|Error|Warning|Confirmation|Page|Search|Loading"
            + "|No content in table|Back|Next|Previous|Finish|Browse|Insert|Remove|Add|New|Settings)\\b");

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theMainWindowAndItsMenusAreDanish() {
        settle();
        selectTransfer(10);
        List<String> texts = onFx(() -> {
            List<String> all = new ArrayList<>();
            walk(stage.getScene().getRoot(), all);
            return all;
        });
        assertThat(texts).as("texts found").hasSizeGreaterThan(100).contains("Filer", "Beløb", "Overførsler");
        assertDanish(texts);
    }

    @Test
    void theTextFieldsContextMenuIsDanish() {
        settle();
        selectTransfer(10);
        // the context-menu request a right click or the menu key makes (Monocle's robot raises none itself)
        TextInputControl field = lookup("#titleField").queryAs(TextInputControl.class);
        interact(() -> {
            javafx.geometry.Bounds b = field.localToScreen(field.getLayoutBounds());
            javafx.geometry.Point2D p = field.localToScene(10, 10);
            field.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10, 10, b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> items = onFx(() -> {
            List<String> all = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w instanceof ContextMenu menu && menu.isShowing()) {
                    menu.getItems().forEach(i -> add(all, i.getText()));
                }
            }
            return all;
        });
        assertThat(items).containsExactly("Fortryd", "Annullér fortryd", "Klip", "Kopiér", "Sæt ind", "Slet", "Markér alt");
        assertDanish(items);
        interact(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu).toList()
                .forEach(Window::hide));
    }

    @Test
    void thePrintPreviewIsDanish() {
        Window preview = openPrintPreview();
        List<String> texts = onFx(() -> {
            List<String> all = new ArrayList<>();
            walk(preview.getScene().getRoot(), all);
            add(all, ((Stage) preview).getTitle());
            return all;
        });
        assertThat(texts).contains("Udskriv…");
        assertDanish(texts);
        interact(() -> ((Stage) preview).close());
    }

    @Test
    void theDialogsAreDanish() {
        settle();
        FxDialogService real = new FxDialogService(null);
        List<String> texts = onFx(() -> {
            List<String> all = new ArrayList<>();
            for (Dialog<?> d : List.of(real.errorAlert("Fejl i filen", "Noget gik galt."),
                    real.informationAlert("Om", "Tekst."), real.confirmation("Slet", "Slette overførsel 10?"),
                    real.newRoundDialog(), ServerLoginDialog.build(null, new dk.overfoersel.ui.model.ServerLoginViewModel()))) {
                DialogPane pane = d.getDialogPane();
                add(all, d.getTitle());
                walk(pane, all);
                for (ButtonType b : pane.getButtonTypes()) {
                    add(all, ((Labeled) pane.lookupButton(b)).getText());
                }
            }
            return all;
        });
        assertThat(texts).contains("Annuller", "OK", "Ja", "Nej");
        assertDanish(texts);
    }

    private static void assertDanish(List<String> texts) {
        List<String> english = new ArrayList<>();
        for (String t : texts) {
            Matcher m = ENGLISH.matcher(t);
            if (m.find()) {
                english.add(m.group() + " in \"" + t + "\"");
            }
        }
        assertThat(english).as("English words on screen").isEmpty();
    }

    /** Every text a user can read or hear: labels, buttons, prompts, tooltips, accessible texts, menus, tabs, columns. */
    static void walk(Node node, List<String> out) {
        if (!node.isVisible()) {
            return; // not on screen and not announced (e.g. the tabs' hidden close buttons)
        }
        if (node instanceof Labeled l) {
            add(out, l.getText());
        }
        if (node instanceof TextInputControl t) {
            add(out, t.getPromptText());
        }
        if (node instanceof Control c) {
            if (c.getTooltip() != null) {
                add(out, c.getTooltip().getText());
            }
            if (c.getContextMenu() != null) {
                c.getContextMenu().getItems().forEach(i -> items(i, out));
            }
        }
        add(out, node.getAccessibleText());
        add(out, node.getAccessibleHelp());
        if (node instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                items(m, out);
            }
        }
        if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                add(out, t.getText());
                if (t.getContent() != null) {
                    walk(t.getContent(), out);
                }
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> columns(c, out));
            if (table.getPlaceholder() != null) {
                walk(table.getPlaceholder(), out);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private static void columns(TableColumnBase<?, ?> c, List<String> out) {
        add(out, c.getText());
        c.getColumns().forEach(child -> columns(child, out));
    }

    private static void items(MenuItem item, List<String> out) {
        add(out, item.getText());
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> items(i, out));
        }
    }

    private static void add(List<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text.replace("_", ""));
        }
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
