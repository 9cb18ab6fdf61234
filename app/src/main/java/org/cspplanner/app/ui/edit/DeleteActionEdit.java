package org.cspplanner.app.ui.edit;

import java.util.UUID;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;

/** Deletes an action with its milestones, targets and updates; undo puts it all back where it was. */
public record DeleteActionEdit(PlanDocument document, UUID themeId, int position, Action action) implements UndoableEdit {

    @Override
    public String name() {
        return "Delete action " + Labels.of(action);
    }

    @Override
    public void redo() {
        document.deleteAction(action.id());
    }

    @Override
    public void undo() {
        document.insertAction(themeId, position, action);
    }
}
