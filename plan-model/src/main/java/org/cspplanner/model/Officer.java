package org.cspplanner.model;

import java.util.UUID;

/** A named person at a partner organisation who leads actions. */
public record Officer(UUID id, String name, String organisation) {

    public Officer {
        id = id == null ? Ids.newId() : id;
        name = Text.clean(name);
        organisation = Text.clean(organisation);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An officer needs a name");
        }
    }
}
