package org.cspplanner.app;

import org.cspplanner.app.cli.CommandLineMain;

/**
 * The jar's entry point. With a command it runs the command line and never starts the UI toolkit;
 * without one (or with only --workspace) it opens the desktop app. A separate class from the
 * JavaFX Application, because a classpath launch cannot start an Application subclass directly.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLineMain.isCommand(args)) {
            System.exit(CommandLineMain.run(args, System.out, System.err));
        } else {
            DesktopMain.launch(args);
        }
    }
}
