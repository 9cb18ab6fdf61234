package org.cspplanner.app.ui.edit;

import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;

/** Any change to one action's own fields, milestones or targets: it swaps the whole action, before and after. */
public record ChangeActionEdit(PlanDocument document, Action before, Action after, String name) implements UndoableEdit {

    @Override
    public void redo() {
        document.replaceAction(after);
    }

    @Override
    public void undo() {
        document.replaceAction(before);
    }
}
