package org.cspplanner.app.ui.tools;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.cspplanner.app.ui.MainViewModel;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.service.PlanService;

/** The {@link Workbench} of the main window; {@code later} is Platform::runLater in the app and a queue in tests. */
public final class MainWorkbench implements Workbench {

    private final MainViewModel main;
    private final Executor later;

    public MainWorkbench(MainViewModel main, Executor later) {
        this.main = main;
        this.later = later;
    }

    @Override
    public PlanService plans() {
        return main.service();
    }

    @Override
    public PlanEditor editor() {
        return main.planEditor();
    }

    @Override
    public TaskRunner tasks() {
        return main.tasks();
    }

    @Override
    public LocalDate today() {
        return main.today();
    }

    @Override
    public Plan plan() {
        return main.planProperty().get();
    }

    @Override
    public ReportingPeriod period() {
        return main.periodProperty().get();
    }

    @Override
    public void openPlan(UUID planId) {
        main.reload(planId);
    }

    @Override
    public void openPlanLater(UUID planId) {
        later.execute(() -> main.reload(planId));
    }
}
