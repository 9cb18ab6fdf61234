package org.cspplanner.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cspplanner.model.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Writes a backup of the whole workspace to a file. */
@Command(name = "backup", description = "Back up every plan in the workspace to a file (encrypted when the workspace has a password).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The backup file to write.")
    Path output;

    @Override
    public Integer call() {
        BackupService.Summary written = new BackupService(root.plans().workspace()).backupTo(output);
        root.out.printf("Backed up %d plan%s to %s%n", written.planCount(), written.planCount() == 1 ? "" : "s", output);
        return 0;
    }
}
