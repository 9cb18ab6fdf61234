package org.cspplanner.model;

import java.util.Locale;
import java.util.Optional;

/** Red, Amber or Green: how an action or target is progressing. */
public enum Rag {
    RED("Red", "#C62828"),
    AMBER("Amber", "#EF8F00"),
    GREEN("Green", "#2E7D32");

    private final String word;
    private final String colour;

    Rag(String word, String colour) {
        this.word = word;
        this.colour = colour;
    }

    /** The word always shown beside the colour. */
    public String word() {
        return word;
    }

    /** Hex colour, for documents and the screen. */
    public String colour() {
        return colour;
    }

    /**
     * Reads the words real plans use: R/A/G, Red/Amber/Green, On track, At risk, Off track (any case).
     * Complete and Not started are statuses, not RAG ratings: see {@link ActionStatus#fromWord}.
     */
    public static Optional<Rag> fromWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.UK).replaceAll("[\\s_\\-]+", " ");
        return switch (t) {
            case "r", "red", "off track", "behind", "urgent" -> Optional.of(RED);
            case "a", "amber", "at risk", "a/r", "some concerns" -> Optional.of(AMBER);
            case "g", "green", "on track", "on target", "achieved" -> Optional.of(GREEN);
            default -> Optional.empty();
        };
    }
}
