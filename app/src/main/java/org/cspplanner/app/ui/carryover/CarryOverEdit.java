package org.cspplanner.app.ui.carryover;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.CarryOver;
import org.cspplanner.model.service.CarryOverService;

/**
 * A whole carry-over as one workspace edit: undo deletes the new plan and restores the old plan's actions, notes
 * and all; redo adds the new plan back as it was when undone. It outlives switching plans, so undo first checks
 * that the old plan's actions have not been changed since, rather than overwrite that work.
 */
final class CarryOverEdit implements UndoableEdit {

    private final Workbench bench;
    private final CarryOverService service;
    private final CarryOver.Result result;
    private Plan newPlan;

    CarryOverEdit(Workbench bench, CarryOverService service, CarryOver.Result result) {
        this.bench = bench;
        this.service = service;
        this.result = result;
        this.newPlan = result.newPlan();
    }

    @Override
    public String name() {
        return "Carry-over to ‘" + result.newPlan().title() + "’";
    }

    @Override
    public boolean workspaceLevel() {
        return true;
    }

    @Override
    public void redo() {
        bench.plans().addPlan(newPlan);
        bench.plans().applyReturns(result.oldActionsAfter());
        bench.openPlanLater(newPlan.id());
    }

    @Override
    public void undo() {
        Plan old = bench.plans().loadPlan(result.oldPlan().id());
        Map<UUID, Action> now = old.actions().collect(Collectors.toMap(Action::id, Function.identity()));
        for (Action after : result.oldActionsAfter()) {
            if (!after.equals(now.get(after.id()))) {
                throw new IllegalStateException("‘" + old.title() + "’ has been changed since the carry-over (action "
                        + (after.code().isEmpty() ? after.title() : after.code()) + "); undoing it now would lose that change.");
            }
        }
        newPlan = bench.plans().loadPlan(result.newPlan().id());
        service.undo(result);
        bench.openPlanLater(result.oldPlan().id());
    }
}
