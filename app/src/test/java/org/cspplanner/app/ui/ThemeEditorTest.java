package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cspplanner.app.ui.editor.ThemeEditorViewModel;
import org.cspplanner.model.Theme;
import org.junit.jupiter.api.Test;

/** The theme editor saves a theme's description and narrative as one undoable edit. */
class ThemeEditorTest extends ViewModelFixture {

    @Test
    void aThemesDescriptionAndNarrativeAreSavedAsOneEditAndUndone() {
        Theme before = stored().themes().get(0);
        ThemeEditorViewModel form = new ThemeEditorViewModel(model.planEditor(), before);
        form.descriptionProperty().set("Tackling ASB in the town centres");
        form.whyPriorityProperty().set("Calls about ASB rose by a fifth last year.");
        form.dataUsedProperty().set("Police calls; council reports");
        assertTrue(form.apply());

        Theme saved = stored().themes().get(0);
        assertEquals("Tackling ASB in the town centres", saved.description());
        assertEquals("Calls about ASB rose by a fifth last year.", saved.narrative().whyPriority());
        assertEquals("Police calls; council reports", saved.narrative().dataUsed());
        assertEquals(before.narrative().approach(), saved.narrative().approach());
        assertEquals(before.actions(), saved.actions());
        assertEquals("Undo edit theme " + before.heading(), model.undoManager().undoLabelProperty().get());
        assertEquals(1, model.undoManager().undoCount());

        model.undo();
        assertEquals(before, stored().themes().get(0));
    }

    @Test
    void savingAnUnchangedThemeRecordsNothing() {
        ThemeEditorViewModel form = new ThemeEditorViewModel(model.planEditor(), stored().themes().get(0));
        assertFalse(form.apply());
        assertEquals(0, model.undoManager().undoCount());
    }
}
