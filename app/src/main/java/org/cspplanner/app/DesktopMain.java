package org.cspplanner.app;

import javafx.application.Application;
import org.cspplanner.app.ui.CspPlannerApp;

/** Starts the JavaFX desktop app; kept apart from {@link Launcher} so the command line never loads JavaFX. */
final class DesktopMain {
    private DesktopMain() {
    }

    static void launch(String[] args) {
        // Opening the workspace (H2, migrations, first read) takes about as long as starting the UI toolkit:
        // doing both at once brings the first window up sooner.
        CspPlannerApp.openWorkspaceEarly(CspPlannerApp.workspaceFolder(java.util.List.of(args)));
        Application.launch(CspPlannerApp.class, args);
    }
}
