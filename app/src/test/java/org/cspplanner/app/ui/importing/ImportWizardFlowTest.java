package org.cspplanner.app.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.app.ui.FakeDialogService;
import org.cspplanner.app.ui.MainViewModel;
import org.cspplanner.app.ui.task.SynchronousTaskRunner;
import org.cspplanner.app.ui.tools.MainWorkbench;
import org.cspplanner.app.ui.tools.ToolWindow;
import org.cspplanner.app.ui.tools.WorkbenchFixture;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.exporters.importing.ImportField;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.PlanSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the import wizard's window with the mouse and keyboard, headless, from choosing the file to the saved plan. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardFlowTest {

    @TempDir
    static Path folder;

    private PlanService service;
    private final FakeDialogService dialogs = new FakeDialogService();
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        org.cspplanner.app.ui.MainView.applyTheme(false);
        service = WorkspaceSetup.open(folder.resolve("ws-" + System.nanoTime()), true);
        main = new MainViewModel(service, new UndoManager(), dialogs, new SynchronousTaskRunner(), WorkbenchFixture.TODAY);
        main.reload();
        ImportWizardView view = new ImportWizardView(new ImportWizardViewModel(new MainWorkbench(main, Runnable::run)));
        stage.setScene(ToolWindow.scene(view.root(), 860, 600));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void close() {
        service.workspace().close();
    }

    @Test
    void aPersonImportsACsvPlanCorrectingOneColumn(FxRobot robot) throws Exception {
        dialogs.answer(ImportWizardViewModelTest.csv(folder));
        robot.clickOn("#import-choose");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 4 · Sheets to import", robot.lookup(".editor-heading").queryAs(Label.class).getText());

        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ImportField> notes = robot.lookup("#import-mapping .combo-box").queryAllAs(ComboBox.class).stream()
                .filter(c -> c.getAccessibleText() != null && c.getAccessibleText().contains("Notes"))
                .findFirst().orElseThrow();
        assertEquals(ImportField.IGNORE, notes.getValue());
        robot.interact(() -> notes.getSelectionModel().select(ImportField.DESCRIPTION));

        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#import-counts").queryAs(Label.class).getText().startsWith("1 theme · 2 actions"),
                robot.lookup("#import-counts").queryAs(Label.class).getText());
        ListView<?> warnings = robot.lookup("#import-warnings").queryAs(ListView.class);
        assertTrue(warnings.getItems().stream().anyMatch(w -> w.toString().contains("no title, skipped")));
        assertEquals(1, service.listPlans().size(), "nothing is written before Import");

        TextField title = robot.lookup("#import-title").queryAs(TextField.class);
        robot.doubleClickOn(title).eraseText(title.getText().length()).write("Fenland from CSV");
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> titles = service.listPlans().stream().map(PlanSummary::title).toList();
        assertTrue(titles.contains("Fenland from CSV"), titles.toString());
        Plan imported = main.planProperty().get();
        assertEquals("Fenland from CSV", imported.title());
        assertEquals("Hot spots first", imported.actions().filter(a -> a.code().equals("1.1")).findFirst().orElseThrow().description());
        assertTrue(robot.lookup("#import-done").queryAs(Label.class).getText().contains("Fenland from CSV"));
    }
}
