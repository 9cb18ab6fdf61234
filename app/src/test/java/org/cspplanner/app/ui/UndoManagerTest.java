package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cspplanner.app.ui.undo.CompositeEdit;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.junit.jupiter.api.Test;

/** The undo stack: named edits, redo after undo, a new edit clears redo, composites undo in reverse. */
class UndoManagerTest {

    private final List<String> log = new ArrayList<>();
    private final UndoManager undo = new UndoManager();

    private UndoableEdit edit(String name) {
        return new UndoableEdit() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void redo() {
                log.add("do " + name);
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }
        };
    }

    @Test
    void theMenuNamesTheEditWithALowerCaseVerbButKeepsAcronyms() {
        undo.perform(edit("Change RAG of 1.2.3 to Amber"));
        assertEquals("Undo change RAG of 1.2.3 to Amber", undo.undoLabelProperty().get());
        undo.perform(edit("RAG key changed"));
        assertEquals("Undo RAG key changed", undo.undoLabelProperty().get());
    }

    @Test
    void undoThenRedoAppliesTheSameEditAgain() {
        undo.perform(edit("A"));
        undo.undo();
        assertTrue(undo.canRedoProperty().get());
        assertFalse(undo.canUndoProperty().get());
        undo.redo();
        assertEquals(List.of("do A", "undo A", "do A"), log);
    }

    @Test
    void aNewEditAfterUndoForgetsWhatCouldBeRedone() {
        undo.perform(edit("A"));
        undo.undo();
        undo.perform(edit("B"));
        assertFalse(undo.canRedoProperty().get());
        assertEquals("Redo", undo.redoLabelProperty().get());
    }

    @Test
    void aCompositeEditUndoesItsPartsInReverseOrder() {
        undo.perform(new CompositeEdit("Renumber codes", List.of(edit("A"), edit("B"))));
        undo.undo();
        assertEquals(List.of("do A", "do B", "undo B", "undo A"), log);
    }

    @Test
    void aCompositeThatFailsHalfWayTakesBackWhatItHadDoneAndIsNotRecorded() {
        UndoableEdit failing = new UndoableEdit() {
            @Override
            public String name() {
                return "fails";
            }

            @Override
            public void redo() {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void undo() {
            }
        };
        assertThrows(IllegalStateException.class, () -> undo.perform(new CompositeEdit("Both", List.of(edit("A"), failing))));
        assertEquals(List.of("do A", "undo A"), log);
        assertFalse(undo.canUndoProperty().get());
    }
}
