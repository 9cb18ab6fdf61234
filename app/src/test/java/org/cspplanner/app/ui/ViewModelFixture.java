package org.cspplanner.app.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.app.ui.actions.ActionRow;
import org.cspplanner.app.ui.task.SynchronousTaskRunner;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh workspace holding the sample plan, and the main view model on it, as of 10 November 2026 (Q3 2026/27). */
abstract class ViewModelFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

    @TempDir
    Path folder;

    PlanService service;
    FakeDialogService dialogs;
    SynchronousTaskRunner tasks;
    MainViewModel model;

    @BeforeEach
    void openWorkspace() {
        service = WorkspaceSetup.open(folder.resolve("ws"), true);
        dialogs = new FakeDialogService();
        tasks = new SynchronousTaskRunner();
        model = new MainViewModel(service, new UndoManager(), dialogs, tasks, TODAY);
        model.reload();
    }

    @AfterEach
    void closeWorkspace() {
        service.workspace().close();
    }

    /** Chooses an action in the table by its code and returns it. */
    Action choose(String code) {
        ActionRow row = model.actions().visibleRows().stream().filter(r -> r.action().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No visible action " + code));
        model.actions().select(row);
        return row.action();
    }

    /** The plan as the workspace now holds it, read afresh. */
    Plan stored() {
        return service.loadPlan(model.planProperty().get().id());
    }

    Action storedAction(String code) {
        return stored().actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    Plan snapshot() {
        return model.planProperty().get();
    }
}
