package org.cspplanner.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cspplanner.model.backup.BackupService;
import org.cspplanner.model.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Rewrites the workspace file so that deleted plans and people are gone from it, not just hidden. */
@Command(name = "compact", description = "Rewrite the workspace file so that deleted text (plans, people's names) is gone from it.")
final class CompactCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Option(names = "--purge-backups",
            description = "Also delete the automatic backups, which still hold deleted text, keeping one fresh backup.")
    boolean purgeBackups;

    @Override
    public Integer call() throws IOException {
        Workspace workspace = root.plans().workspace();
        Path file = workspace.databaseFile();
        long before = Files.size(file);
        BackupService backups = new BackupService(workspace);
        if (purgeBackups) {
            for (Path old : backups.automaticBackups()) {
                Files.delete(old);
            }
            backups.automaticBackup(BackupService.DEFAULT_KEEP);
        }
        workspace.closeCompacted();
        root.out.printf("Compacted the workspace: %,d KB before, %,d KB now; deleted text is gone from %s.%n",
                before / 1024, Files.size(file) / 1024, file);
        if (!purgeBackups && !backups.automaticBackups().isEmpty()) {
            root.out.println("The automatic backups in " + backups.automaticFolder() + " may still hold deleted plans;"
                    + " run 'compact --purge-backups' to delete them.");
        }
        return 0;
    }
}
