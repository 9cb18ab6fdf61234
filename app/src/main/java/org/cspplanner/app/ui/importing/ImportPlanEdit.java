package org.cspplanner.app.ui.importing;

import java.util.UUID;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Plan;

/** A whole imported plan, as one edit: undo deletes it (and shows the plan open before), redo adds it again. */
final class ImportPlanEdit implements UndoableEdit {

    private final Workbench bench;
    private final Plan plan;
    private final UUID shownBefore;

    ImportPlanEdit(Workbench bench, Plan plan, UUID shownBefore) {
        this.bench = bench;
        this.plan = plan;
        this.shownBefore = shownBefore;
    }

    @Override
    public String name() {
        return "Import of ‘" + plan.title() + "’";
    }

    @Override
    public void redo() {
        bench.plans().addPlan(plan);
        bench.openPlanLater(plan.id());
    }

    @Override
    public void undo() {
        bench.plans().deletePlan(plan.id());
        bench.openPlanLater(shownBefore);
    }
}
