package org.cspplanner.exporters.layout;

import java.util.Locale;

/** The catalogue of columns a user can pick for the {@code custom} layout, with their headers and widths. */
public enum CustomColumn {
    CODE("Ref", 6),
    TITLE("Action", 24),
    DESCRIPTION("Detail", 28),
    OUTCOME("Intended outcome", 20),
    LEAD("Lead", 13),
    PARTNERS("Other partners", 13),
    BARRIERS("Possible barriers", 14),
    MILESTONES("Milestones", 26),
    TARGETS("Targets", 20),
    START("Start", 8),
    DUE("Due", 8),
    STATUS("Status", 8),
    RAG("Progress (RAG)", 9),
    UPDATE("Update", 28),
    PREVIOUS_UPDATE("Previous update", 24),
    THEME("Theme", 14),
    SECTION("Section", 14),
    TAGS("Tags", 10);

    private final String header;
    private final int weight;

    CustomColumn(String header, int weight) {
        this.header = header;
        this.weight = weight;
    }

    public String header() {
        return header;
    }

    public int weight() {
        return weight;
    }

    /** The key saved in the layout JSON: "previous-update". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the valid keys */
    public static CustomColumn fromKey(String key) {
        for (CustomColumn c : values()) {
            if (c.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown column '" + key + "'");
    }
}
