package org.cspplanner.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.cspplanner.app.WorkspaceLocation;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/** The root command: global options and the list of commands. */
@Command(name = "csp-planner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Plans, progress updates and reports for Community Safety Partnerships.",
        subcommands = {HelpCommand.class, PlansCommand.class, ImportCommand.class, ExportCommand.class, ReportCommand.class,
                DeleteCommand.class, CarryOverCommand.class, ReturnsCommand.class, MergeReturnsCommand.class,
                BackupCommand.class, RestoreCommand.class, CompactCommand.class})
final class CspPlannerCommand implements AutoCloseable {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: your user data folder, or $" + WorkspaceLocation.ENV_OVERRIDE + ").")
    Path workspaceFolder;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the workspace password from this file ('-' for standard input). A new workspace opened"
                    + " with a password is encrypted. The password is never given on the command line itself.")
    Path passwordFile;

    final PrintStream out;
    private PlanService plans;

    CspPlannerCommand(PrintStream out) {
        this.out = out;
    }

    /** Opens the workspace the first time a command needs it. */
    PlanService plans() {
        if (plans == null) {
            Path folder = workspaceFolder != null ? workspaceFolder : WorkspaceLocation.defaultFolder();
            plans = new PlanService(openWorkspace(folder));
        }
        return plans;
    }

    private Workspace openWorkspace(Path folder) {
        if (passwordFile == null) {
            return Workspace.open(folder);
        }
        char[] password;
        try {
            password = PasswordFile.read(passwordFile);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The password file " + passwordFile + " could not be read: " + e.getMessage(), e);
        }
        try {
            return Workspace.open(folder, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    @Override
    public void close() {
        if (plans != null) {
            plans.workspace().close();
        }
    }
}
