package org.cspplanner.model.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cspplanner.model.Action;
import org.cspplanner.model.ReportingPeriod;

/** How many actions were in each state (Red, Amber, Green, Complete, not rated) in one period. */
public record RagCounts(int red, int amber, int green, int complete, int notRated) {

    public static final RagCounts ZERO = new RagCounts(0, 0, 0, 0, 0);

    /** Counts the actions' states in the period. */
    public static RagCounts of(List<Action> actions, ReportingPeriod period) {
        Map<ActionState, Integer> n = new EnumMap<>(ActionState.class);
        for (Action a : actions) {
            n.merge(ActionState.of(a, period), 1, Integer::sum);
        }
        return new RagCounts(n.getOrDefault(ActionState.RED, 0), n.getOrDefault(ActionState.AMBER, 0),
                n.getOrDefault(ActionState.GREEN, 0), n.getOrDefault(ActionState.COMPLETE, 0),
                n.getOrDefault(ActionState.NOT_RATED, 0));
    }

    public int get(ActionState state) {
        return switch (state) {
            case RED -> red;
            case AMBER -> amber;
            case GREEN -> green;
            case COMPLETE -> complete;
            case NOT_RATED -> notRated;
        };
    }

    public int total() {
        return red + amber + green + complete + notRated;
    }

    public RagCounts plus(RagCounts o) {
        return new RagCounts(red + o.red, amber + o.amber, green + o.green, complete + o.complete, notRated + o.notRated);
    }

    /** This period's counts less the earlier period's: the "change since last quarter" column. */
    public RagCounts minus(RagCounts o) {
        return new RagCounts(red - o.red, amber - o.amber, green - o.green, complete - o.complete, notRated - o.notRated);
    }

    /** "+2", "−1" (a true minus sign) or "0", as the change columns print it. */
    public static String signed(int change) {
        return change > 0 ? "+" + change : change < 0 ? "\u2212" + (-change) : "0";
    }
}
