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
        subcommands = {HelpCommand.class, PlansCommand.class, ImportCommand.class, ExportCommand.class, DeleteCommand.class,
                CarryOverCommand.class})
final class CspPlannerCommand implements AutoCloseable {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: your user data folder, or $" + WorkspaceLocation.ENV_OVERRIDE + ").")
    Path workspaceFolder;

    final PrintStream out;
    private PlanService plans;

    CspPlannerCommand(PrintStream out) {
        this.out = out;
    }

    /** Opens the workspace the first time a command needs it. */
    PlanService plans() {
        if (plans == null) {
            Path folder = workspaceFolder != null ? workspaceFolder : WorkspaceLocation.defaultFolder();
            plans = new PlanService(Workspace.open(folder));
        }
        return plans;
    }

    @Override
    public void close() {
        if (plans != null) {
            plans.workspace().close();
        }
    }
}
