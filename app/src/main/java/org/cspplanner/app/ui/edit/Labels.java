package org.cspplanner.app.ui.edit;

import org.cspplanner.model.Action;

/** How edits name the things they change: by code where there is one, else by a short title. */
public final class Labels {
    private Labels() {
    }

    public static String of(Action a) {
        if (!a.code().isEmpty()) {
            return a.code();
        }
        String t = a.title().replace('\n', ' ');
        return "‘" + (t.length() > 30 ? t.substring(0, 29) + "…" : t) + "’";
    }
}
