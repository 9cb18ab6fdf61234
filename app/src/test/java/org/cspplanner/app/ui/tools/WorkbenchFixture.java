package org.cspplanner.app.ui.tools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.app.ui.FakeDialogService;
import org.cspplanner.app.ui.MainViewModel;
import org.cspplanner.app.ui.task.SynchronousTaskRunner;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh workspace with the sample plan open in the main view model, as of 10 November 2026 (Q3 2026/27). */
public abstract class WorkbenchFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

    @TempDir
    protected Path folder;

    protected PlanService service;
    protected FakeDialogService dialogs;
    protected MainViewModel main;
    protected Workbench bench;
    /** Plan switches the edits asked for "after the undo step"; {@link #settle()} runs them. */
    protected final List<Runnable> later = new ArrayList<>();

    @BeforeEach
    void openWorkspace() {
        service = WorkspaceSetup.open(folder.resolve("ws"), true);
        dialogs = new FakeDialogService();
        main = new MainViewModel(service, new UndoManager(), dialogs, new SynchronousTaskRunner(), TODAY);
        main.reload();
        bench = new MainWorkbench(main, later::add);
    }

    @AfterEach
    void closeWorkspace() {
        service.workspace().close();
    }

    protected void undo() {
        main.undo();
        settle();
    }

    protected void redo() {
        main.redo();
        settle();
    }

    protected void settle() {
        List<Runnable> now = new ArrayList<>(later);
        later.clear();
        now.forEach(Runnable::run);
    }

    protected Plan open() {
        return main.planProperty().get();
    }

    protected List<String> titles() {
        return service.listPlans().stream().map(org.cspplanner.model.store.PlanSummary::title).toList();
    }
}
