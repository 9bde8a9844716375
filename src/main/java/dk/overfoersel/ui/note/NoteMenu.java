package dk.overfoersel.ui.note;

import dk.overfoersel.document.BilagFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.view.BilagPreviewView;
import dk.overfoersel.usecase.ExchangeFormat;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The notes window's "Filer" menu: the example, import and export (JSON, Excel), the print preview
 * and saving as PDF or Word — the same use cases as {@code overfoersel note ...}.
 */
final class NoteMenu {

    private final NotesViewModel vm;
    private final NoteFilesViewModel files;
    private final Node owner;

    NoteMenu(NotesViewModel vm, NoteFilesViewModel files, Node owner) {
        this.vm = vm;
        this.files = files;
        this.owner = owner;
    }

    MenuBar bar() {
        Menu file = new Menu(Texts.get("note.ui.menu.file"));
        file.setId("notesFileMenu");
        MenuItem exportJson = item("menuNoteExportJson", "note.ui.menu.exportJson", null, () -> files.export(ExchangeFormat.JSON));
        MenuItem exportXlsx = item("menuNoteExportXlsx", "note.ui.menu.exportXlsx", null, () -> files.export(ExchangeFormat.XLSX));
        MenuItem print = item("menuNotePrint", "note.ui.menu.print", "Shortcut+P", this::print);
        MenuItem pdf = item("menuNoteSavePdf", "note.ui.savePdf", null, () -> files.saveDocument(BilagFormat.PDF));
        MenuItem word = item("menuNoteSaveWord", "note.ui.saveWord", null, () -> files.saveDocument(BilagFormat.DOCX));
        for (MenuItem m : new MenuItem[] {exportJson, exportXlsx, print, pdf, word}) {
            m.disableProperty().bind(vm.noteProperty().isNull());
        }
        file.getItems().setAll(
                item("menuNoteExample", "note.ui.example", null, vm::loadExample),
                new SeparatorMenuItem(),
                item("menuNoteImportJson", "note.ui.import", null, () -> files.importFile(ExchangeFormat.JSON)),
                item("menuNoteImportXlsx", "note.ui.menu.importXlsx", null, () -> files.importFile(ExchangeFormat.XLSX)),
                exportJson, exportXlsx,
                new SeparatorMenuItem(),
                print, pdf, word,
                new SeparatorMenuItem(),
                item("menuNoteClose", "note.ui.menu.close", "Shortcut+W", () -> window().hide()));
        MenuBar bar = new MenuBar(file);
        bar.setId("notesMenuBar");
        return bar;
    }

    /** Udskriv…: the note's pages as they will print (the appendix's preview), then the print dialog. */
    private void print() {
        files.preview(pages -> BilagPreviewView.show(window(), pages, files, vm.dialogs()));
    }

    private Window window() {
        return owner.getScene().getWindow();
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
}
