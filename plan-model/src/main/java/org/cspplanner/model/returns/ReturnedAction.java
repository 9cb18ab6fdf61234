package org.cspplanner.model.returns;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.Text;

/**
 * What a partner entered for one action in a return: the quarter's narrative and RAG, target actuals and
 * milestone statuses. Ids come from the file's hidden identifiers; {@code actionId} is null when the row
 * could only be identified by its visible code.
 */
public record ReturnedAction(UUID actionId, String code, String updateText, Rag rag,
                             List<ReturnedActual> actuals, List<ReturnedMilestone> milestones) {

    /** An actual entered against one target. */
    public record ReturnedActual(UUID targetId, String description, BigDecimal value) {
    }

    /** A status chosen for one milestone. */
    public record ReturnedMilestone(UUID milestoneId, String code, ActionStatus status) {
    }

    public ReturnedAction {
        code = Text.clean(code);
        updateText = Text.cleanMultiline(updateText);
        actuals = Text.list(actuals);
        milestones = Text.list(milestones);
    }

    /** True when the partner filled in nothing at all for this action. */
    public boolean isEmpty() {
        return updateText.isEmpty() && rag == null && actuals.isEmpty() && milestones.isEmpty();
    }
}
