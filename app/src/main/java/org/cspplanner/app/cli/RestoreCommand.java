package org.cspplanner.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cspplanner.model.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Replaces the workspace's plans with those in a backup, after checking the whole backup. */
@Command(name = "restore", description = "Replace every plan in the workspace with those in a backup."
        + " The backup is checked first; what the workspace held is saved to an automatic backup.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Option(names = "--check", description = "Only check the backup; change nothing.")
    boolean checkOnly;

    @Override
    public Integer call() {
        BackupService backups = new BackupService(root.plans().workspace());
        if (checkOnly) {
            BackupService.Summary checked = backups.verify(file);
            root.out.printf("The backup %s is complete and undamaged: %d plans. Nothing was changed.%n", file, checked.planCount());
            return 0;
        }
        BackupService.Restored restored = backups.restore(file);
        root.out.printf("Restored %d plans from %s.%n", restored.planCount(), file);
        root.out.println("What the workspace held before was saved to " + restored.previousContents()
                + " (restore that file to undo).");
        return 0;
    }
}
