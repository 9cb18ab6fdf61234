package org.cspplanner.app.ui.returns;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cspplanner.app.ui.edit.PlanDocument;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;
import org.cspplanner.model.Update;
import org.cspplanner.model.service.PlanService;

/** The accepted changes of a batch of returns, as one edit: undo removes the updates added and restores actuals and milestones. */
final class MergeReturnsEdit implements UndoableEdit {

    private final PlanService plans;
    private final PlanDocument document;
    private final List<Action> before;
    private final List<Action> after;
    private final String name;

    MergeReturnsEdit(PlanService plans, PlanDocument document, List<Action> before, List<Action> after, String name) {
        this.plans = plans;
        this.document = document;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void redo() {
        plans.applyReturns(after);
        document.reload();
    }

    @Override
    public void undo() {
        Map<UUID, Action> was = before.stream().collect(Collectors.toMap(Action::id, Function.identity()));
        for (Action a : after) {
            Action old = was.get(a.id());
            Set<UUID> kept = old.updates().stream().map(Update::id).collect(Collectors.toSet());
            for (Update u : a.updates()) {
                if (!kept.contains(u.id())) {
                    plans.removeUpdate(old, u.id());
                }
            }
        }
        plans.applyReturns(before);
        document.reload();
    }
}
