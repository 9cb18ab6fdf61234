package org.cspplanner.model;

/** A heading and its text in the plan's narrative: introduction, background, how the partnership works ... */
public record NarrativeSection(String heading, String text) {
    public NarrativeSection {
        heading = Text.clean(heading);
        text = Text.cleanMultiline(text);
    }
}
