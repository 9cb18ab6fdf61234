package org.cspplanner.app.ui.edit;

import java.util.List;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;

/** A change to many actions at once (renumbering, bulk status), saved in one transaction. */
public record ChangeActionsEdit(PlanDocument document, List<Action> before, List<Action> after, String name)
        implements UndoableEdit {

    public ChangeActionsEdit {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public void redo() {
        document.replaceActions(after);
    }

    @Override
    public void undo() {
        document.replaceActions(before);
    }
}
