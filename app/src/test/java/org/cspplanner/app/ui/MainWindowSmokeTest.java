package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Theme;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window on a new workspace shows the sample plan's themes and actions. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

    @TempDir
    static Path folder;

    private PlanService plans;

    @Start
    void start(Stage stage) {
        plans = WorkspaceSetup.open(folder.resolve("ws"), true);
        MainViewModel model = new MainViewModel(plans);
        Scene scene = new Scene(new MainView(model).root(), 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        model.reload();
    }

    @AfterEach
    void close() {
        plans.workspace().close();
    }

    @Test
    void aNewWorkspaceOpensOnTheSamplePlan(FxRobot robot) {
        Plan sample = SamplePlan.create();
        ListView<?> themes = robot.lookup("#themes").queryAs(ListView.class);
        TableView<?> actions = robot.lookup("#actions").queryAs(TableView.class);
        assertEquals(sample.themes().size(), themes.getItems().size());
        assertEquals(sample.actionCount(), actions.getItems().size());
        assertEquals(sample.themes().get(0).actions().get(0).code(), ((Action) actions.getItems().get(0)).code());
        assertEquals("All changes saved", robot.lookup("#status").queryAs(Label.class).getText());
    }

    @Test
    void choosingAThemeShowsOnlyItsActions(FxRobot robot) {
        Theme second = SamplePlan.create().themes().get(1);
        robot.clickOn(second.heading() + " (" + second.actions().size() + ")");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> actions = robot.lookup("#actions").queryAs(TableView.class);
        assertEquals(second.actions().size(), actions.getItems().size());
        assertTrue(actions.getItems().stream().allMatch(a -> second.actions().contains(a)));
    }
}
