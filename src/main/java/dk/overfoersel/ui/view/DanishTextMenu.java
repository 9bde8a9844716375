package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;

/**
 * The context menu of every text field and text area, in Danish (JavaFX ships no Danish texts for its
 * own menu: Undo, Cut, Copy…). Installed on a field when it gets the focus or a context-menu request,
 * so fields created later (table cells being edited, a spinner's editor, dialogs) get it too.
 */
public final class DanishTextMenu {

    private static final String INSTALLED = "ovfDanishTextMenu";

    private DanishTextMenu() {
    }

    /**
     * Every text input in the scene gets the Danish menu. {@code undo}/{@code redo} are what Fortryd and
     * Annullér fortryd do (the window's session undo); null: the field's own text undo.
     */
    public static void installOn(Scene scene, Runnable undo, Runnable redo) {
        scene.focusOwnerProperty().addListener((o, a, owner) -> install(owner, undo, redo));
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null; n = n.getParent()) {
                if (n instanceof TextInputControl) {
                    install(n, undo, redo);
                    return;
                }
            }
        });
    }

    /** Installs the menu on one field (idempotent). */
    public static void install(Node node, Runnable undo, Runnable redo) {
        if (node instanceof TextInputControl field && !field.getProperties().containsKey(INSTALLED)) {
            field.getProperties().put(INSTALLED, Boolean.TRUE);
            field.setContextMenu(menu(field, undo, redo));
        }
    }

    static ContextMenu menu(TextInputControl field, Runnable undo, Runnable redo) {
        MenuItem undoItem = item("textMenuUndo", "layout.textMenu.undo", undo != null ? undo : field::undo);
        MenuItem redoItem = item("textMenuRedo", "layout.textMenu.redo", redo != null ? redo : field::redo);
        MenuItem cut = item("textMenuCut", "layout.textMenu.cut", field::cut);
        MenuItem copy = item("textMenuCopy", "layout.textMenu.copy", field::copy);
        MenuItem paste = item("textMenuPaste", "layout.textMenu.paste", field::paste);
        MenuItem delete = item("textMenuDelete", "layout.textMenu.delete", () -> field.replaceSelection(""));
        MenuItem selectAll = item("textMenuSelectAll", "layout.textMenu.selectAll", field::selectAll);
        ContextMenu menu = new ContextMenu(undoItem, redoItem, new SeparatorMenuItem(), cut, copy, paste, delete,
                new SeparatorMenuItem(), selectAll);
        menu.getStyleClass().add("text-menu");
        menu.setOnShowing(e -> {
            boolean selection = field.getSelection().getLength() > 0;
            boolean editable = field.isEditable() && !field.isDisabled();
            if (undo == null) {
                undoItem.setDisable(!field.isUndoable());
                redoItem.setDisable(!field.isRedoable());
            }
            cut.setDisable(!selection || !editable);
            copy.setDisable(!selection);
            delete.setDisable(!selection || !editable);
            paste.setDisable(!editable || !javafx.scene.input.Clipboard.getSystemClipboard().hasString());
            selectAll.setDisable(field.getLength() == 0);
        });
        return menu;
    }

    /**
     * No accelerators here: a context menu's accelerators are registered on the whole scene, so Ctrl+C
     * would copy from whichever field got its menu last. The keys work through the field itself.
     */
    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Texts.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
