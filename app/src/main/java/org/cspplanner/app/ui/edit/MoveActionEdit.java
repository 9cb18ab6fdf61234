package org.cspplanner.app.ui.edit;

import java.util.UUID;
import org.cspplanner.app.ui.undo.UndoableEdit;

/** Moves an action up or down its theme, or into another theme. */
public record MoveActionEdit(PlanDocument document, UUID actionId, UUID fromThemeId, int fromPosition,
                             UUID toThemeId, int toPosition, String name) implements UndoableEdit {

    @Override
    public void redo() {
        document.moveAction(actionId, toThemeId, toPosition);
    }

    @Override
    public void undo() {
        document.moveAction(actionId, fromThemeId, fromPosition);
    }
}
