package org.cspplanner.app.ui.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cspplanner.app.ui.edit.AddActionEdit;
import org.cspplanner.app.ui.edit.DeleteActionEdit;
import org.cspplanner.app.ui.edit.Labels;
import org.cspplanner.app.ui.edit.MoveActionEdit;
import org.cspplanner.app.ui.edit.PlanDocument;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.edit.Renumbering;
import org.cspplanner.app.ui.edit.ThemeEdits;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Theme;

/**
 * The shape of the plan: create, rename, reorder and delete themes; create, delete, reorder and move
 * actions between themes; renumber codes. Each command is one undoable edit.
 */
public final class PlanOutlineViewModel {

    private final PlanEditor editor;
    private final ActionListViewModel list;

    public PlanOutlineViewModel(PlanEditor editor, ActionListViewModel list) {
        this.editor = editor;
        this.list = list;
    }

    private PlanDocument doc() {
        return editor.document();
    }

    // ---- themes

    /** Asks for a title and adds a theme at the end, numbered after the last. */
    public Optional<Theme> addTheme() {
        if (doc() == null) {
            return Optional.empty();
        }
        return editor.dialogs().askText("New theme", "Title of the new theme:", "").map(title -> {
            List<Theme> themes = doc().plan().themes();
            Theme theme = Theme.of(String.valueOf(themes.size() + 1), title, List.of());
            editor.perform(new ThemeEdits.Add(doc(), theme, themes.size()));
            return theme;
        });
    }

    public boolean renameTheme(Theme theme) {
        if (doc() == null || theme == null) {
            return false;
        }
        return editor.dialogs().askText("Rename theme", "Title of theme " + theme.code() + ":", theme.title())
                .map(title -> renameTheme(theme, title)).orElse(false);
    }

    public boolean renameTheme(Theme theme, String title) {
        Theme current = doc().plan().theme(theme.id()).orElse(theme);
        if (title == null || title.isBlank() || title.strip().equals(current.title())) {
            return false;
        }
        Theme after = current.withHeader(current.code(), title, current.description(), current.narrative());
        return editor.perform(new ThemeEdits.Change(doc(), current, after, "Rename theme " + current.heading()));
    }

    public boolean deleteTheme(Theme theme) {
        if (doc() == null || theme == null) {
            return false;
        }
        Theme current = doc().plan().theme(theme.id()).orElse(theme);
        int n = current.actions().size();
        String message = n == 0 ? "Delete the theme ‘" + current.heading() + "’?"
                : "Delete the theme ‘" + current.heading() + "’ and its " + n + (n == 1 ? " action" : " actions")
                + "? You can undo this with Ctrl+Z.";
        if (!editor.dialogs().confirm("Delete theme", message, "Delete theme")) {
            return false;
        }
        return editor.perform(new ThemeEdits.Delete(doc(), current, doc().plan().themes().indexOf(current)));
    }

    /** Moves a theme up (-1) or down (+1) the plan. */
    public boolean moveTheme(Theme theme, int step) {
        if (doc() == null || theme == null) {
            return false;
        }
        List<UUID> before = doc().plan().themes().stream().map(Theme::id).toList();
        int at = before.indexOf(theme.id());
        int to = at + step;
        if (at < 0 || to < 0 || to >= before.size()) {
            return false;
        }
        List<UUID> after = new ArrayList<>(before);
        after.add(to, after.remove(at));
        Theme current = doc().plan().themes().get(at);
        return editor.perform(new ThemeEdits.Order(doc(), before, after,
                "Move theme " + current.heading() + (step < 0 ? " up" : " down")));
    }

    // ---- actions

    /** The theme a new action goes into: the theme in view, else the chosen action's, else the first. */
    public Optional<Theme> targetTheme() {
        if (doc() == null || doc().plan().themes().isEmpty()) {
            return Optional.empty();
        }
        UUID scope = list.themeScopeProperty().get();
        if (scope != null) {
            return doc().plan().theme(scope);
        }
        ActionRow chosen = list.selectedProperty().get();
        if (chosen != null) {
            return doc().plan().theme(chosen.themeId());
        }
        return Optional.of(doc().plan().themes().get(0));
    }

    /** Asks for a title and adds an action at the end of the target theme, then chooses it. */
    public Optional<Action> addAction() {
        Optional<Theme> theme = targetTheme();
        if (theme.isEmpty()) {
            editor.dialogs().showInformation("New action", "Add a theme first: every action belongs to a theme.");
            return Optional.empty();
        }
        return editor.dialogs().askText("New action", "Title of the new action in " + theme.get().heading() + ":", "")
                .flatMap(title -> addAction(theme.get(), title));
    }

    public Optional<Action> addAction(Theme theme, String title) {
        Theme current = doc().plan().theme(theme.id()).orElse(theme);
        String code = current.code().isEmpty() ? "" : current.code() + "." + (current.actions().size() + 1);
        Action action = Action.builder(title).code(code).status(ActionStatus.NOT_STARTED).build();
        if (!editor.perform(new AddActionEdit(doc(), current.id(), current.actions().size(), action))) {
            return Optional.empty();
        }
        list.selectAction(action.id());
        return Optional.of(action);
    }

    public boolean deleteAction(Action action) {
        if (doc() == null || action == null) {
            return false;
        }
        if (!editor.dialogs().confirm("Delete action", "Delete the action " + Labels.of(action)
                + " with its milestones, targets and updates? You can undo this with Ctrl+Z.", "Delete action")) {
            return false;
        }
        Theme theme = doc().themeOf(action.id());
        return editor.perform(new DeleteActionEdit(doc(), theme.id(), doc().indexOf(theme, action.id()), action));
    }

    /** Moves an action up (-1) or down (+1) within its theme. */
    public boolean moveAction(Action action, int step) {
        if (doc() == null || action == null) {
            return false;
        }
        Theme theme = doc().themeOf(action.id());
        int at = doc().indexOf(theme, action.id());
        int to = at + step;
        if (to < 0 || to >= theme.actions().size()) {
            return false;
        }
        return editor.perform(new MoveActionEdit(doc(), action.id(), theme.id(), at, theme.id(), to,
                "Move action " + Labels.of(action) + (step < 0 ? " up" : " down")));
    }

    /** Asks which theme to move the action to and puts it at the end of that theme. */
    public boolean moveActionToTheme(Action action) {
        if (doc() == null || action == null) {
            return false;
        }
        Theme from = doc().themeOf(action.id());
        List<Theme> others = doc().plan().themes().stream().filter(t -> !t.id().equals(from.id())).toList();
        if (others.isEmpty()) {
            editor.dialogs().showInformation("Move action", "There is no other theme to move it to.");
            return false;
        }
        List<String> headings = others.stream().map(Theme::heading).toList();
        return editor.dialogs().choose("Move action", "Move " + Labels.of(action) + " to theme:", headings, headings.get(0))
                .map(h -> moveActionToTheme(action, others.get(headings.indexOf(h)))).orElse(false);
    }

    public boolean moveActionToTheme(Action action, Theme to) {
        Theme from = doc().themeOf(action.id());
        Theme target = doc().plan().theme(to.id()).orElseThrow();
        return editor.perform(new MoveActionEdit(doc(), action.id(), from.id(), doc().indexOf(from, action.id()),
                target.id(), target.actions().size(), "Move action " + Labels.of(action) + " to theme " + target.heading()));
    }

    /** Renumbers every theme, action and milestone in plan order, as one edit. */
    public boolean renumber() {
        if (doc() == null) {
            return false;
        }
        if (!editor.dialogs().confirm("Renumber codes", "Give every theme, action and milestone a new code in plan order "
                + "(1, 1.1, 1.2 … and 1.1a, 1.1b …)? You can undo this with Ctrl+Z.", "Renumber")) {
            return false;
        }
        var edit = Renumbering.of(doc());
        if (edit == null) {
            editor.setStatus("The codes are already in order. " + PlanEditor.ALL_SAVED);
            return false;
        }
        return editor.perform(edit);
    }
}
