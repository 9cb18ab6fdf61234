package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.cspplanner.app.ui.actions.ActionRow;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Theme;
import org.cspplanner.model.sample.SamplePlan;
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

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = new UiHarness(folder.resolve("ws-" + System.nanoTime()), true, ViewModelFixture.TODAY);
        ui.show(stage, 1280, 800);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aNewWorkspaceOpensOnTheSamplePlan(FxRobot robot) {
        Plan sample = SamplePlan.create();
        TreeView<?> themes = robot.lookup("#themes").queryAs(TreeView.class);
        TableView<?> actions = robot.lookup("#actions").queryAs(TableView.class);
        assertEquals(sample.themes().size(), themes.getRoot().getChildren().size());
        assertEquals(sample.actionCount(), actions.getItems().size());
        assertEquals(sample.themes().get(0).actions().get(0).code(), ((ActionRow) actions.getItems().get(0)).action().code());
        assertEquals("All changes saved", robot.lookup("#status").queryAs(Label.class).getText());
        assertEquals(sample.actionCount() + " actions", robot.lookup("#match-count").queryAs(Label.class).getText());
    }

    @Test
    void choosingAThemeShowsOnlyItsActions(FxRobot robot) {
        Theme second = SamplePlan.create().themes().get(1);
        robot.clickOn(second.heading() + " (" + second.actions().size() + ")");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> actions = robot.lookup("#actions").queryAs(TableView.class);
        assertEquals(second.actions().size(), actions.getItems().size());
        assertTrue(actions.getItems().stream().allMatch(r -> second.actions().contains(((ActionRow) r).action())));
    }

    @Test
    void showingAQuarterDueDateInTheEditorKeepsItAndChoosingMonthStoresAMonth(FxRobot robot) {
        robot.interact(() -> ui.model.actions().select(ui.model.actions().visibleRows().stream()
                .filter(r -> r.action().code().equals("1.3")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<DueDate.Precision> precision = robot.lookup("#action-due-precision").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(DueDate.Precision.QUARTER, precision.getValue());
        assertEquals(0, ui.model.undoManager().undoCount(), "showing the action rewrote nothing");

        robot.interact(() -> precision.setValue(DueDate.Precision.MONTH));
        WaitForAsyncUtils.waitForFxEvents();
        Plan stored = ui.service.loadPlan(ui.model.planProperty().get().id());
        assertEquals("2026-12", stored.actions().filter(a -> a.code().equals("1.3")).findFirst().orElseThrow().due().iso());
        assertEquals("Undo change due date of 1.3 to December 2026", ui.model.undoManager().undoLabelProperty().get());
    }
}
