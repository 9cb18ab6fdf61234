package org.cspplanner.model;

import java.util.UUID;

/** Keys are UUIDs made in Java, so plans can move between workspaces without clashes. */
public final class Ids {
    private Ids() {
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }
}
