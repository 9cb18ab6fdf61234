package org.cspplanner.model.service;


import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Update;
import org.cspplanner.model.store.PlanStore;
import org.cspplanner.model.store.Workspace;

/**
 * Saves a carry-over as one transaction (the new plan, and the old plan's carried and dropped actions) and
 * takes it back as one step (undo).
 */
public final class CarryOverService {

    private final Workspace workspace;
    private final PlanStore store = new PlanStore();

    public CarryOverService(Workspace workspace) {
        this.workspace = workspace;
    }

    public CarryOver.Result carryOver(Plan old, Map<UUID, CarryOver.Decision> decisions, String newTitle) {
        CarryOver.Result result = CarryOver.carryOver(old, decisions, newTitle);
        workspace.inTransaction(c -> {
            if (!store.exists(c, old.id())) {
                throw new PlanNotFoundException("The plan '" + old.title() + "' is no longer in the workspace.");
            }
            store.insert(c, result.newPlan());
            if (!store.actions().replaceAll(c, result.oldActionsAfter())) {
                throw new PlanNotFoundException("An action of '" + old.title() + "' is no longer in the workspace.");
            }
            return null;
        });
        return result;
    }

    /** Undo: deletes the new plan and puts the old plan's actions back as they were, without the drop notes. */
    public void undo(CarryOver.Result result) {
        workspace.inTransaction(c -> {
            store.delete(c, result.newPlan().id());
            Map<UUID, Set<UUID>> before = result.oldActionsBefore().stream().collect(Collectors.toMap(Action::id,
                    a -> a.updates().stream().map(Update::id).collect(Collectors.toSet())));
            for (Action after : result.oldActionsAfter()) {
                for (Update u : after.updates()) {
                    if (!before.getOrDefault(after.id(), Set.of()).contains(u.id())) {
                        store.actions().removeUpdate(c, u.id());
                    }
                }
            }
            store.actions().replaceAll(c, result.oldActionsBefore());
            return null;
        });
    }

}
