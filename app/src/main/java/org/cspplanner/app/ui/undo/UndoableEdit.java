package org.cspplanner.app.ui.undo;

/** One user gesture that has been applied and can be taken back and applied again; it names itself for the Edit menu. */
public interface UndoableEdit {

    /** What the edit did, as a person would say it: "Change RAG of 1.2.3 to Amber". */
    String name();

    /** Applies the edit (the first time and on redo). */
    void redo();

    /** Takes the edit back. */
    void undo();

    /**
     * True for edits of the workspace rather than of the open plan (a new, deleted, imported or carried-over plan):
     * they stay on the stacks when another plan is opened, while the open plan's own edits are forgotten.
     */
    default boolean workspaceLevel() {
        return false;
    }
}
