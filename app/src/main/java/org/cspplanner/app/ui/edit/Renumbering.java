package org.cspplanner.app.ui.edit;

import java.util.ArrayList;
import java.util.List;
import org.cspplanner.app.ui.undo.CompositeEdit;
import org.cspplanner.app.ui.undo.UndoableEdit;
import org.cspplanner.model.Action;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Theme;

/** Gives themes, actions and milestones fresh codes in plan order: 1, 1.1, 1.2 … and 1.1a, 1.1b …. */
public final class Renumbering {
    private Renumbering() {
    }

    /** The edit that renumbers the whole plan, or null when every code is already right. */
    public static UndoableEdit of(PlanDocument document) {
        Plan plan = document.plan();
        List<UndoableEdit> parts = new ArrayList<>();
        List<Action> before = new ArrayList<>();
        List<Action> after = new ArrayList<>();
        for (int t = 0; t < plan.themes().size(); t++) {
            Theme theme = plan.themes().get(t);
            String themeCode = String.valueOf(t + 1);
            if (!theme.code().equals(themeCode)) {
                Theme renamed = theme.withHeader(themeCode, theme.title(), theme.description(), theme.narrative());
                parts.add(new ThemeEdits.Change(document, theme, renamed, "Renumber theme " + theme.heading()));
            }
            for (int i = 0; i < theme.actions().size(); i++) {
                Action a = theme.actions().get(i);
                Action renumbered = renumber(a, themeCode + "." + (i + 1));
                if (!renumbered.equals(a)) {
                    before.add(a);
                    after.add(renumbered);
                }
            }
        }
        if (!after.isEmpty()) {
            parts.add(new ChangeActionsEdit(document, before, after, "Renumber actions"));
        }
        return parts.isEmpty() ? null : new CompositeEdit("Renumber codes", parts);
    }

    static Action renumber(Action a, String code) {
        List<Milestone> milestones = new ArrayList<>();
        for (int m = 0; m < a.milestones().size(); m++) {
            milestones.add(a.milestones().get(m).withCode(code + letters(m)));
        }
        return a.toBuilder().code(code).milestones(milestones).build();
    }

    /** a, b, … z, aa, ab …. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }
}
