package org.cspplanner.app.ui.undo;

import java.util.ArrayList;
import java.util.List;

/** Several edits that happened as one gesture (renumbering, a bulk change): undone and redone together. */
public final class CompositeEdit implements UndoableEdit {

    private final String name;
    private final List<UndoableEdit> parts;

    public CompositeEdit(String name, List<? extends UndoableEdit> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String name() {
        return name;
    }

    public List<UndoableEdit> parts() {
        return parts;
    }

    @Override
    public void redo() {
        List<UndoableEdit> done = new ArrayList<>();
        try {
            for (UndoableEdit e : parts) {
                e.redo();
                done.add(e);
            }
        } catch (RuntimeException failure) {
            // Leave nothing half-done: take back the parts that had been applied.
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo();
            }
            throw failure;
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }
}
