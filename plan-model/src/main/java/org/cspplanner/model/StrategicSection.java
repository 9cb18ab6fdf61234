package org.cspplanner.model;

import java.util.UUID;

/** A section that cuts across every theme, as in a priority × section matrix ("1. Prevention"). */
public record StrategicSection(UUID id, String code, String title) {
    public StrategicSection {
        id = id == null ? Ids.newId() : id;
        code = Text.clean(code);
        title = Text.clean(title);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A strategic section needs a title");
        }
    }
}
