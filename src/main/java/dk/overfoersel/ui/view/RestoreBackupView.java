package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.model.BackupViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Filer → Gendan fra sikkerhedskopi…: chooses the backup (starting in backups/), the view model does the rest. */
public final class RestoreBackupView {

    private RestoreBackupView() {
    }

    public static void choose(Window owner, BackupViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.restore.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("ui.restore.filter"), "*.zip"));
        Path dir = vm.backupDirectory();
        if (dir != null && Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            vm.restore(file.toPath());
        }
    }
}
