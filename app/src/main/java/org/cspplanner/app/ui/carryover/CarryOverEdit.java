package org.cspplanner.app.ui.carryover;

import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.service.CarryOver;
import org.cspplanner.model.service.CarryOverService;

/** A whole carry-over as one edit: undo deletes the new plan and restores the old plan's actions, notes and all. */
final class CarryOverEdit implements UndoableEdit {

    private final Workbench bench;
    private final CarryOverService service;
    private final CarryOver.Result result;

    CarryOverEdit(Workbench bench, CarryOverService service, CarryOver.Result result) {
        this.bench = bench;
        this.service = service;
        this.result = result;
    }

    @Override
    public String name() {
        return "Carry-over to ‘" + result.newPlan().title() + "’";
    }

    @Override
    public void redo() {
        bench.plans().addPlan(result.newPlan());
        bench.plans().applyReturns(result.oldActionsAfter());
        bench.openPlanLater(result.newPlan().id());
    }

    @Override
    public void undo() {
        service.undo(result);
        bench.openPlanLater(result.oldPlan().id());
    }
}
