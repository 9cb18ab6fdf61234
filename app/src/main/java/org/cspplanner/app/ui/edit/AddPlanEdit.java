package org.cspplanner.app.ui.edit;

import java.util.UUID;
import java.util.function.Consumer;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.PlanService;

/**
 * A whole plan added to the workspace (a new or imported plan): undo deletes it and shows the plan open before,
 * redo adds it back as it was when undone, so changes made to it in between are not lost.
 */
public final class AddPlanEdit implements UndoableEdit {

    private final String name;
    private final PlanService service;
    private final UUID shownBefore;
    private final Consumer<UUID> show;
    private Plan plan;

    /** {@code show} opens a plan by id (null: the first plan). */
    public AddPlanEdit(String name, PlanService service, Plan plan, UUID shownBefore, Consumer<UUID> show) {
        this.name = name;
        this.service = service;
        this.plan = plan;
        this.shownBefore = shownBefore;
        this.show = show;
    }

    @Override
    public String name() {
        return name;
    }

    public Plan plan() {
        return plan;
    }

    @Override
    public boolean workspaceLevel() {
        return true;
    }

    @Override
    public void redo() {
        service.addPlan(plan);
        show.accept(plan.id());
    }

    @Override
    public void undo() {
        plan = service.loadPlan(plan.id());
        service.deletePlan(plan.id());
        show.accept(shownBefore);
    }
}
