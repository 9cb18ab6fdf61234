package org.cspplanner.app.ui.edit;

import java.util.List;
import java.util.UUID;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Theme;

/** The edits of themes: add, change the header, delete (with its actions), reorder. */
public final class ThemeEdits {
    private ThemeEdits() {
    }

    /** A new theme at a position. */
    public record Add(PlanDocument document, Theme theme, int position) implements UndoableEdit {
        @Override
        public String name() {
            return "Add theme " + theme.heading();
        }

        @Override
        public void redo() {
            document.insertTheme(theme, position);
        }

        @Override
        public void undo() {
            document.deleteTheme(theme.id());
        }
    }

    /** A new code, title or description of a theme. */
    public record Change(PlanDocument document, Theme before, Theme after, String name) implements UndoableEdit {
        @Override
        public void redo() {
            document.saveThemeHeader(after);
        }

        @Override
        public void undo() {
            document.saveThemeHeader(before);
        }
    }

    /** Deletes a theme and every action in it; undo restores them all. */
    public record Delete(PlanDocument document, Theme theme, int position) implements UndoableEdit {
        @Override
        public String name() {
            return "Delete theme " + theme.heading();
        }

        @Override
        public void redo() {
            document.deleteTheme(theme.id());
        }

        @Override
        public void undo() {
            document.insertTheme(theme, position);
        }
    }

    /** A new order of the plan's themes. */
    public record Order(PlanDocument document, List<UUID> before, List<UUID> after, String name) implements UndoableEdit {
        public Order {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public void redo() {
            document.orderThemes(after);
        }

        @Override
        public void undo() {
            document.orderThemes(before);
        }
    }
}
