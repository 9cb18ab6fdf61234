package org.cspplanner.model.report;

/** One theme's line of the summary: its counts this period and last period. {@code heading} is the plan total's label for the totals line. */
public record ThemeSummary(String heading, RagCounts now, RagCounts before) {

    /** This period less the previous one, state by state. */
    public RagCounts change() {
        return now.minus(before);
    }
}
