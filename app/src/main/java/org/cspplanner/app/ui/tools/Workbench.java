package org.cspplanner.app.ui.tools;

import java.time.LocalDate;
import java.util.UUID;
import org.cspplanner.app.ui.dialog.DialogService;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.service.PlanService;

/**
 * What the import, carry-over, export, report and returns dialogs need from the main window: the services, the
 * open plan and period, and a way to show another plan. Kept small so their view models are tested without a screen.
 */
public interface Workbench {

    PlanService plans();

    PlanEditor editor();

    TaskRunner tasks();

    LocalDate today();

    /** The open plan, or null. */
    Plan plan();

    /** The reporting period the window shows. */
    ReportingPeriod period();

    default DialogService dialogs() {
        return editor().dialogs();
    }

    /** Shows the plan now (reading the list of plans again); this forgets the undo history of the plan shown before. */
    void openPlan(UUID planId);

    /**
     * Shows the plan once the current undo or redo step has finished (an undo cannot switch plans while it runs,
     * since switching clears the undo stack); null shows the first plan.
     */
    void openPlanLater(UUID planId);
}
