package org.cspplanner.app;

import javafx.application.Application;
import org.cspplanner.app.ui.CspPlannerApp;

/** Starts the JavaFX desktop app; kept apart from {@link Launcher} so the command line never loads JavaFX. */
final class DesktopMain {
    private DesktopMain() {
    }

    static void launch(String[] args) {
        Application.launch(CspPlannerApp.class, args);
    }
}
