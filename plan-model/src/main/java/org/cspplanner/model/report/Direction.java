package org.cspplanner.model.report;

/**
 * Direction of travel of a target since the previous period, judged by its polarity (for "lower is better",
 * a fall is better). The arrow shows better or worse, not the number's direction, so it always agrees with the word.
 */
public enum Direction {
    BETTER("Better", "\u2191"),
    WORSE("Worse", "\u2193"),
    SAME("Same", "\u2192"),
    NOT_KNOWN("Not known", "\u2013");

    private final String word;
    private final String arrow;

    Direction(String word, String arrow) {
        this.word = word;
        this.arrow = arrow;
    }

    public String word() {
        return word;
    }

    /** ↑, ↓, → or an en dash: all in the report font (DejaVu Sans). */
    public String arrow() {
        return arrow;
    }

    /** "Better ↑". */
    public String display() {
        return word + " " + arrow;
    }
}
