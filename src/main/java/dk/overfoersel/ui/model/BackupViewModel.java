package dk.overfoersel.ui.model;

import dk.overfoersel.domain.Texts;
import java.nio.file.Path;

/** Filer → Gendan fra sikkerhedskopi…: asks before replacing, then restores (backing up first) and reopens. */
public final class BackupViewModel {

    private final Workspace workspace;

    public BackupViewModel(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Where the file chooser starts: the open database's backups folder (may not exist yet). */
    public Path backupDirectory() {
        return workspace.backupDirectory();
    }

    /** Asks, then restores the backup; false when the user said no. */
    public boolean restore(Path zip) {
        if (!workspace.dialogs().confirm(Texts.get("ui.restore.confirmTitle"), Texts.get("ui.restore.confirm", zip))) {
            return false;
        }
        workspace.restoreBackup(zip, report -> workspace.dialogs().information(Texts.get("ui.restore.doneTitle"),
                report.safetyBackup() == null
                        ? Texts.get("ui.restore.done", report.restoredFrom())
                        : Texts.get("ui.restore.doneWithSafety", report.restoredFrom(), report.safetyBackup())));
        return true;
    }
}
