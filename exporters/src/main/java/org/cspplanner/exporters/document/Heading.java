package org.cspplanner.exporters.document;

/**
 * A real heading (level 1 = plan title, 2 = theme, 3 = section). Writers make theme headings
 * bookmarks in PDF and heading styles in Word, so readers and screen readers can navigate.
 */
public record Heading(int level, String text, boolean bookmark) implements Block {
    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("Heading level must be 1 to 3, not " + level);
        }
    }
}
