package org.cspplanner.model;

import java.util.UUID;

/** A partner agency: "East Cambridgeshire District Council", known in plans as "ECDC". */
public record Organisation(UUID id, String name, String shortName, String statutoryRole) {

    public Organisation {
        id = id == null ? Ids.newId() : id;
        name = Text.clean(name);
        shortName = Text.clean(shortName);
        statutoryRole = Text.clean(statutoryRole);
        if (name.isEmpty() && shortName.isEmpty()) {
            throw new IllegalArgumentException("An organisation needs a name or a short name");
        }
        if (name.isEmpty()) {
            name = shortName;
        }
    }

    public static Organisation of(String name, String shortName) {
        return new Organisation(null, name, shortName, "");
    }

    /** The short name where there is one: plans write agencies by acronym. */
    public String label() {
        return shortName.isEmpty() ? name : shortName;
    }
}
