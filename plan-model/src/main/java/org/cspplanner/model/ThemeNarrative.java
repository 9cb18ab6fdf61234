package org.cspplanner.model;

/** The questions a rolling plan answers for each priority (why, what we hope to do, approach, measures, data). */
public record ThemeNarrative(String whyPriority, String whatWeHopeToDo, String approach,
                             String howSuccessIsMeasured, String dataUsed) {

    public static final ThemeNarrative EMPTY = new ThemeNarrative("", "", "", "", "");

    public ThemeNarrative {
        whyPriority = Text.cleanMultiline(whyPriority);
        whatWeHopeToDo = Text.cleanMultiline(whatWeHopeToDo);
        approach = Text.cleanMultiline(approach);
        howSuccessIsMeasured = Text.cleanMultiline(howSuccessIsMeasured);
        dataUsed = Text.cleanMultiline(dataUsed);
    }

    public boolean isEmpty() {
        return whyPriority.isEmpty() && whatWeHopeToDo.isEmpty() && approach.isEmpty()
                && howSuccessIsMeasured.isEmpty() && dataUsed.isEmpty();
    }
}
