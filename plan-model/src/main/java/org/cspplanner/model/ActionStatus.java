package org.cspplanner.model;

import java.util.Locale;
import java.util.Optional;

/** Where an action or milestone stands in its life. */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete"),
    CARRIED_OVER("Carried over"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while work is still expected on it in this plan. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /** Reads status words as people write them ("Complete", "completed", "not started", "ongoing" ...). */
    public static Optional<ActionStatus> fromWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.UK).replaceAll("[\\s_\\-]+", " ");
        return switch (t) {
            case "not started", "not yet started", "planned" -> Optional.of(NOT_STARTED);
            case "in progress", "ongoing", "on going", "started", "underway" -> Optional.of(IN_PROGRESS);
            case "complete", "completed", "done", "closed", "achieved" -> Optional.of(COMPLETE);
            case "carried over", "carry over", "carried forward" -> Optional.of(CARRIED_OVER);
            case "dropped", "cancelled", "canceled", "withdrawn" -> Optional.of(DROPPED);
            default -> Optional.empty();
        };
    }
}
