package org.cspplanner.app.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The undo and redo stacks of small named edits, with the menu wording ("Undo change RAG of 1.2.3 to Amber"). */
public final class UndoManager {

    private static final int LIMIT = 500;

    private final Deque<UndoableEdit> undoStack = new ArrayDeque<>();
    private final Deque<UndoableEdit> redoStack = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");

    /** Applies the edit and puts it on the undo stack; when applying fails nothing is recorded and the error goes on. */
    public void perform(UndoableEdit edit) {
        edit.redo();
        record(edit);
    }

    /** Records an edit that has already been applied. */
    public void record(UndoableEdit edit) {
        undoStack.push(edit);
        if (undoStack.size() > LIMIT) {
            undoStack.removeLast();
        }
        redoStack.clear();
        refresh();
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        UndoableEdit edit = undoStack.peek();
        edit.undo();
        // undoing a workspace edit may open another plan, which forgets plan edits but never this one
        undoStack.removeFirstOccurrence(edit);
        redoStack.push(edit);
        refresh();
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        UndoableEdit edit = redoStack.peek();
        edit.redo();
        redoStack.removeFirstOccurrence(edit);
        undoStack.push(edit);
        refresh();
    }

    /** Forgets every edit. */
    public void clear() {
        undoStack.clear();
        redoStack.clear();
        refresh();
    }

    /**
     * Forgets the edits of the plan that was open, as when another plan is opened: they point at a plan no longer
     * shown. Workspace edits (a new, deleted or imported plan) stay, in their order.
     */
    public void forgetPlanEdits() {
        undoStack.removeIf(e -> !e.workspaceLevel());
        redoStack.removeIf(e -> !e.workspaceLevel());
        refresh();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo change RAG of 1.2.3 to Amber", or just "Undo". */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public int undoCount() {
        return undoStack.size();
    }

    private void refresh() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoLabel.set(undoStack.isEmpty() ? "Undo" : "Undo " + lowerFirst(undoStack.peek().name()));
        redoLabel.set(redoStack.isEmpty() ? "Redo" : "Redo " + lowerFirst(redoStack.peek().name()));
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // keep acronyms such as "RAG" as they are
        }
        return s.substring(0, 1).toLowerCase(Locale.UK) + s.substring(1);
    }
}
