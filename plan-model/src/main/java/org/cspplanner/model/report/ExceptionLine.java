package org.cspplanner.model.report;

import org.cspplanner.model.Action;
import org.cspplanner.model.ReportingPeriod;

/**
 * A Red or Amber action, as the board sees it: who leads it, what they last said and how its rating moved.
 * {@code narrative} is the newest update up to the period (with {@code updatedBy}, "Helen Marsh, WVDC, 22/09/2026").
 */
public record ExceptionLine(Action action, String theme, ActionState state, ActionState previous,
                            String narrative, String updatedBy, String change) {

    /** "Green → Amber (worse)", "Unchanged since Q1 2026/27" or "New (not rated in Q1 2026/27)". */
    static String change(ActionState previous, ActionState now, ReportingPeriod before) {
        if (previous == ActionState.NOT_RATED) {
            return "New (not rated in " + before.label() + ")";
        }
        if (previous == now) {
            return "Unchanged since " + before.label();
        }
        String way = now.rank() > previous.rank() ? "better" : "worse";
        return previous.word() + " \u2192 " + now.word() + " (" + way + ")";
    }
}
