package org.cspplanner.model;

import java.util.List;
import java.util.UUID;

/** A priority or strategic theme of the plan, holding its actions in order. */
public record Theme(UUID id, String code, String title, String description, ThemeNarrative narrative,
                    List<Action> actions) {

    public Theme {
        id = id == null ? Ids.newId() : id;
        code = Text.clean(code);
        title = Text.cleanMultiline(title);
        description = Text.cleanMultiline(description);
        narrative = narrative == null ? ThemeNarrative.EMPTY : narrative;
        actions = Text.list(actions);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A theme needs a title");
        }
    }

    public static Theme of(String code, String title, List<Action> actions) {
        return new Theme(null, code, title, "", ThemeNarrative.EMPTY, actions);
    }

    /** "Theme 1 – Monitor & improve public confidence" or just the title. */
    public String heading() {
        return code.isEmpty() ? title : code + " " + title;
    }

    public Theme withActions(List<Action> newActions) {
        return new Theme(id, code, title, description, narrative, newActions);
    }

    public Theme withHeader(String newCode, String newTitle, String newDescription, ThemeNarrative newNarrative) {
        return new Theme(id, newCode, newTitle, newDescription, newNarrative, actions);
    }
}
