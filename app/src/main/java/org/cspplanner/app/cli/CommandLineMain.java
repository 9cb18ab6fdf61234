package org.cspplanner.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;

/** Runs the command line: parses, runs one command, and turns every user error into one line on stderr. */
public final class CommandLineMain {
    private CommandLineMain() {
    }

    /** Exit code of a command that failed on a user error (bad file, unknown plan ...). */
    public static final int USER_ERROR = 1;
    /** Exit code of a command line that could not be understood. */
    public static final int USAGE_ERROR = 2;

    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("--workspace", "--password-file");

    /** True when the arguments ask for a command (anything beyond --workspace DIR), rather than the desktop app. */
    public static boolean isCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("--workspace=") && !a.startsWith("--password-file=")) {
                return true;
            }
        }
        return false;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CspPlannerCommand root = new CspPlannerCommand(out);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("Error: " + UserErrors.message(e));
            return USER_ERROR;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            err.println("Error: " + e.getMessage() + ". Run 'csp-planner help"
                    + (e.getCommandLine() == cli ? "" : " " + e.getCommandLine().getCommandName()) + "' for usage.");
            return USAGE_ERROR;
        });
        try {
            return cli.execute(args);
        } finally {
            root.close();
        }
    }
}
