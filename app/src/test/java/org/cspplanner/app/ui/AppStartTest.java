package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real start-up path: a window at once, then the workspace opened and the sample plan shown in it. */
class AppStartTest {

    @TempDir
    Path folder;

    private Stage stage;

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewWorkspaceOpensOnTheSamplePlan() throws Exception {
        // Monocle's headless screen is 1280×800: a window larger than the screen cannot be drawn on it.
        java.nio.file.Path ws = java.nio.file.Files.createDirectories(folder.resolve("ws"));
        org.cspplanner.app.ui.support.AppPreferences prefs = org.cspplanner.app.ui.support.AppPreferences.inWorkspace(ws);
        prefs.setNumber("window.width", 1200);
        prefs.setNumber("window.height", 760);
        prefs.setNumber("window.x", 0);
        prefs.setNumber("window.y", 0);
        prefs.save();
        stage = FxToolkit.registerPrimaryStage();
        CspPlannerApp app = (CspPlannerApp) FxToolkit.setupApplication(CspPlannerApp.class,
                "--workspace", folder.resolve("ws").toString());
        try {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#actions").tryQuery().isPresent());
            TableView<?> actions = robot.lookup("#actions").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !actions.getItems().isEmpty());
            assertEquals(SamplePlan.create().actionCount(), actions.getItems().size());
            assertTrue(stage.getTitle().startsWith("CSP Planner"), stage.getTitle());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
