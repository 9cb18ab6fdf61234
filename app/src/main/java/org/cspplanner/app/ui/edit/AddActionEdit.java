package org.cspplanner.app.ui.edit;

import java.util.UUID;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;

/** A new action in a theme at a position. */
public record AddActionEdit(PlanDocument document, UUID themeId, int position, Action action) implements UndoableEdit {

    @Override
    public String name() {
        return "Add action " + Labels.of(action);
    }

    @Override
    public void redo() {
        document.insertAction(themeId, position, action);
    }

    @Override
    public void undo() {
        document.deleteAction(action.id());
    }
}
