package org.cspplanner.app.ui.edit;

import java.util.UUID;
import java.util.function.Consumer;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.PlanService;

/** A whole plan deleted: the plan is read in full just before each deletion, so undo puts back exactly that and opens it. */
public final class DeletePlanEdit implements UndoableEdit {

    private final PlanService service;
    private final UUID planId;
    private final String title;
    private final Consumer<UUID> show;
    private Plan snapshot;

    /** {@code show} opens a plan by id (null: the first plan). */
    public DeletePlanEdit(PlanService service, Plan plan, Consumer<UUID> show) {
        this.service = service;
        this.planId = plan.id();
        this.title = plan.title();
        this.show = show;
    }

    @Override
    public String name() {
        return "Delete plan ‘" + title + "’";
    }

    /** The plan as it was when last deleted (null before the first deletion). */
    public Plan snapshot() {
        return snapshot;
    }

    @Override
    public boolean workspaceLevel() {
        return true;
    }

    @Override
    public void redo() {
        snapshot = service.loadPlan(planId);
        service.deletePlan(planId);
        show.accept(null);
    }

    @Override
    public void undo() {
        service.addPlan(snapshot);
        show.accept(planId);
    }
}
