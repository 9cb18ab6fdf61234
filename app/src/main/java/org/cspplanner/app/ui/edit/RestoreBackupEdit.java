package org.cspplanner.app.ui.edit;

import java.nio.file.Path;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.backup.BackupService;

/**
 * A whole workspace restored from a backup. Restoring always saves the plans it replaces to a backup first,
 * so undo restores that one, and redo restores the chosen backup again (each checked in full before use).
 */
public final class RestoreBackupEdit implements UndoableEdit {

    private final BackupService backups;
    private final Path backup;
    private final Runnable reopen;
    private Path previousContents;

    /** {@code previousContents} is the backup the first restore wrote; {@code reopen} reads the plans afresh. */
    public RestoreBackupEdit(BackupService backups, Path backup, Path previousContents, Runnable reopen) {
        this.backups = backups;
        this.backup = backup;
        this.previousContents = previousContents;
        this.reopen = reopen;
    }

    @Override
    public String name() {
        return "Restore from backup ‘" + backup.getFileName() + "’";
    }

    @Override
    public boolean workspaceLevel() {
        return true;
    }

    @Override
    public void redo() {
        previousContents = backups.restore(backup).previousContents();
        reopen.run();
    }

    @Override
    public void undo() {
        backups.restore(previousContents);
        reopen.run();
    }
}
