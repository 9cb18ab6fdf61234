package org.cspplanner.model.report;

import org.cspplanner.model.Action;

/** Good news for the board: an action completed or improved this period, or a target met. */
public record Highlight(Action action, String what, String detail) {
}
