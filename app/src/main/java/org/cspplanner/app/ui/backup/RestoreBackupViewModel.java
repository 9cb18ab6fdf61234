package org.cspplanner.app.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import org.cspplanner.app.ui.dialog.DialogService;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.edit.RestoreBackupEdit;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.backup.BackupException;
import org.cspplanner.model.backup.BackupService;
import org.cspplanner.model.service.PlanService;

/**
 * File › Restore from backup: choose a backup (in the workspace's backups folder to begin with), check all of it,
 * say what it holds and ask, then replace every plan in one transaction and reopen the window. Undoable.
 */
public final class RestoreBackupViewModel {

    static final List<DialogService.FileType> BACKUP = List.of(
            DialogService.FileType.of("CSP Planner backup (*" + BackupService.EXTENSION + ")", "*" + BackupService.EXTENSION));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private final PlanService service;
    private final BackupService backups;
    private final PlanEditor editor;
    private final TaskRunner tasks;
    private final Runnable reopen;
    private final BooleanProperty restoring;
    private final ZoneId zone;

    /**
     * {@code reopen} reads every plan afresh and shows the one that was open, if it is still there;
     * {@code restoring} is true while the plans are being replaced, so that the window takes no edits then.
     */
    public RestoreBackupViewModel(PlanService service, PlanEditor editor, TaskRunner tasks, Runnable reopen,
            BooleanProperty restoring, ZoneId zone) {
        this.service = service;
        this.backups = new BackupService(service.workspace());
        this.editor = editor;
        this.tasks = tasks;
        this.reopen = reopen;
        this.restoring = restoring;
        this.zone = zone;
    }

    /** Asks for the backup file, then restores it as {@link #restore(Path)} does. */
    public void restore() {
        editor.dialogs().chooseFileToOpen("Restore from backup", BACKUP, backups.automaticFolder()).ifPresent(this::restore);
    }

    /** Checks the backup in the background; when it is sound, asks, then restores it in the background. */
    public void restore(Path file) {
        tasks.run("Checking " + file.getFileName(), progress -> {
            progress.progress(-1, "Checking the backup " + file.getFileName());
            return backups.verify(file);
        }, this::confirmAndRestore, failure -> report("The backup cannot be restored", failure));
    }

    private void confirmAndRestore(BackupService.Summary checked) {
        int current = service.listPlans().size();
        String question = "Replace all " + plans(current) + " in this workspace with the " + plans(checked.planCount())
                + " of the backup made on " + WHEN.format(checked.createdAt().atZone(zone))
                + "? The current plans are saved to a backup first, and Edit › Undo puts them back.";
        if (!editor.dialogs().confirm("Restore from backup", question, "Restore")) {
            editor.setStatus("Restore cancelled: nothing was changed. " + PlanEditor.ALL_SAVED);
            return;
        }
        Path file = checked.file();
        restoring.set(true);
        tasks.run("Restoring " + file.getFileName(), progress -> {
            progress.progress(0.1, "Checking the backup again");
            // The file could have been replaced while the question was open: restore only what was agreed to.
            if (!backups.verify(file).contentDigest().equals(checked.contentDigest())) {
                throw new BackupException("The backup " + file.getFileName() + " changed after it was checked;"
                        + " nothing was restored. Choose it again to see what it holds now.", null);
            }
            progress.checkCancelled();
            progress.progress(0.4, "Saving the current plans to a backup and restoring");
            return backups.restore(file);
        }, restored -> {
            restoring.set(false);
            reopen.run();
            editor.undoManager().record(new RestoreBackupEdit(backups, file, restored.previousContents(), reopen));
            editor.setStatus("Restored " + plans(restored.planCount()) + " from " + file.getFileName()
                    + ". The plans it replaced are in " + restored.previousContents().getFileName() + ". " + PlanEditor.ALL_SAVED);
        }, this::restoreFailed);
    }

    /**
     * The task runner reports a cancel at once, while the one transaction of the restore, once begun, runs to its
     * end: so the window is read again and the status does not claim that nothing changed.
     */
    private void restoreFailed(Throwable failure) {
        restoring.set(false);
        if (failure instanceof ProgressListener.CancelledException) {
            reopen.run();
            editor.setStatus("Restore cancelled. If it had already begun it was completed; the plans it replaced are in"
                    + " the newest file of the backups folder.");
            return;
        }
        report("The backup could not be restored", failure);
    }

    private void report(String title, Throwable failure) {
        if (failure instanceof ProgressListener.CancelledException) {
            editor.setStatus("Restore cancelled: nothing was changed. " + PlanEditor.ALL_SAVED);
            return;
        }
        editor.dialogs().showError(title, failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    private static String plans(int n) {
        return n == 1 ? "1 plan" : n + " plans";
    }
}
