package org.cspplanner.model.report;

import java.util.Optional;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;

/**
 * Where an action stood in one reporting period, as the RAG report counts it: Red, Amber, Green, Complete
 * or not rated. The rule, in order:
 * <ol>
 *   <li><b>Complete</b> when the action's status is Complete and it has no update after the period
 *       (an update in a later quarter shows that work was still going on then);</li>
 *   <li>otherwise the RAG of the action's newest update <em>in</em> the period;</li>
 *   <li>an action that has never had an update keeps the rating it was given (an imported year-end RAG), in
 *       every period, as the action-plan layouts show it;</li>
 *   <li>otherwise <b>not rated</b>: no update that quarter (a rating is never carried forward, so a silent
 *       lead shows up on the report instead of being hidden behind last quarter's Green).</li>
 * </ol>
 */
public enum ActionState {
    RED("Red", Rag.RED),
    AMBER("Amber", Rag.AMBER),
    GREEN("Green", Rag.GREEN),
    COMPLETE("Complete", null),
    NOT_RATED("Not rated", null);

    private final String word;
    private final Rag rag;

    ActionState(String word, Rag rag) {
        this.word = word;
        this.rag = rag;
    }

    /** The word printed in every report, beside any colour. */
    public String word() {
        return word;
    }

    /** The RAG rating, for Red, Amber and Green only. */
    public Optional<Rag> rag() {
        return Optional.ofNullable(rag);
    }

    /** The action's state in the period (see the class comment for the rule). */
    public static ActionState of(Action action, ReportingPeriod period) {
        boolean reportedLater = action.updates().stream().map(Update::period).anyMatch(p -> p.compareTo(period) > 0);
        if (action.status() == ActionStatus.COMPLETE && !reportedLater) {
            return COMPLETE;
        }
        if (action.updates().isEmpty()) {
            return action.rag() == null ? NOT_RATED : of(action.rag());
        }
        return action.ragFor(period).map(ActionState::of).orElse(NOT_RATED);
    }

    public static ActionState of(Rag rag) {
        return switch (rag) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN -> GREEN;
        };
    }

    /** Ranks ratings for "better or worse": Red 0, Amber 1, Green 2, Complete 3; not rated has no rank (-1). */
    int rank() {
        return switch (this) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
            case COMPLETE -> 3;
            case NOT_RATED -> -1;
        };
    }
}
