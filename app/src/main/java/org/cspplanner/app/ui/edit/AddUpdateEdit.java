package org.cspplanner.app.ui.edit;

import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;
import org.cspplanner.model.Update;

/** Appends a progress update to an action (which may also change its RAG); undo removes exactly that update. */
public record AddUpdateEdit(PlanDocument document, Action before, Update update) implements UndoableEdit {

    @Override
    public String name() {
        return "Add " + update.period().label() + " update to " + Labels.of(before);
    }

    @Override
    public void redo() {
        document.addUpdate(before, update);
    }

    @Override
    public void undo() {
        document.removeUpdate(before, update.id());
    }
}
