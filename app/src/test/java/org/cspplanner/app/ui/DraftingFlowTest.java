package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A whole drafting session on an empty workspace, driven through the window with keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class DraftingFlowTest {

    @TempDir
    static Path folder;

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = new UiHarness(folder.resolve("empty-" + System.nanoTime()), false, ViewModelFixture.TODAY);
        ui.show(stage, 1280, 800);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Plan stored() {
        return ui.service.loadPlan(ui.model.planProperty().get().id());
    }

    private Action onlyAction() {
        return stored().actions().findFirst().orElseThrow();
    }

    @Test
    void createAPlanThemeAndActionRateItUpdateItUndoRedoAndFilter(FxRobot robot) {
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("No plans yet"));

        ui.dialogs.answer("Safer Testshire 2026/27");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Safer Testshire 2026/27", ui.model.planProperty().get().title());

        ui.dialogs.answer("Anti-social behaviour");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 Anti-social behaviour", stored().themes().get(0).heading());

        ui.dialogs.answer("Run a monthly problem-solving group");
        robot.clickOn("#new-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1.1", onlyAction().code());
        assertEquals("Run a monthly problem-solving group", robot.lookup("#action-title").queryAs(TextField.class).getText());

        robot.clickOn("#action-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Run a fortnightly problem-solving group").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Run a fortnightly problem-solving group", onlyAction().title());

        @SuppressWarnings("unchecked")
        ComboBox<Rag> rag = robot.lookup("#action-rag").queryAs(ComboBox.class);
        robot.interact(() -> rag.setValue(Rag.AMBER));
        assertEquals(Rag.AMBER, onlyAction().rag());

        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("First meeting held; six cases reviewed.");
        robot.clickOn("#add-update");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, onlyAction().updates().size());
        assertEquals("Q3 2026/27", onlyAction().updates().get(0).period().label());
        assertEquals("All changes saved", robot.lookup("#status").queryAs(Label.class).getText());

        robot.clickOn("#actions");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, onlyAction().updates().size());
        assertNull(onlyAction().rag());
        assertEquals("Redo change RAG of 1.1 to Amber", ui.model.undoManager().redoLabelProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rag.AMBER, onlyAction().rag());
        assertEquals(1, onlyAction().updates().size());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("nothing like this");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0 of 1 action match", robot.lookup("#match-count").queryAs(Label.class).getText());
        assertEquals(0, robot.lookup("#actions").queryAs(TableView.class).getItems().size());
        robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        robot.write("six cases");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#actions").queryAs(TableView.class).getItems().size());
    }
}
