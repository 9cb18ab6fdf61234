package org.cspplanner.app.ui.edit;

import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Plan;

/** A change to the plan's settings: title, partnership, period, RAG key, narrative, glossary, funding. */
public record PlanDetailsEdit(PlanDocument document, Plan before, Plan after, String name) implements UndoableEdit {

    @Override
    public void redo() {
        document.saveDetails(after);
    }

    @Override
    public void undo() {
        document.saveDetails(before);
    }
}
