package org.cspplanner.model.returns;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.Text;
import org.cspplanner.model.Update;

/**
 * What one return would change on one action, next to what the plan holds now: the new update (text and RAG)
 * against the latest one, target actuals and milestone statuses. A change in {@code conflict} comes from one of
 * several returns for the same action and is never accepted without the user choosing it.
 */
public record ActionChange(UUID actionId, String code, String title, String fileName, Recipient recipient,
                           String author, Update currentUpdate, Rag currentRag, String proposedText, Rag proposedRag,
                           List<ActualChange> actuals, List<StatusChange> milestones, boolean conflict,
                           List<ReturnIssue> notes) {

    /** A target's actual for the quarter: what is stored now (null if none) and what the return says. */
    public record ActualChange(UUID targetId, String description, BigDecimal current, BigDecimal proposed) {
    }

    /** A milestone's status now and in the return. */
    public record StatusChange(UUID milestoneId, String code, String text, ActionStatus current, ActionStatus proposed) {
    }

    public ActionChange {
        code = Text.clean(code);
        fileName = Text.clean(fileName);
        author = Text.clean(author);
        proposedText = Text.cleanMultiline(proposedText);
        actuals = Text.list(actuals);
        milestones = Text.list(milestones);
        notes = Text.list(notes);
    }

    /** Identifies the change within its preview: one file's return for one action. */
    public String key() {
        return fileName + "#" + actionId;
    }

    /** True when accepting it adds an update (a narrative, a RAG or both). */
    public boolean addsUpdate() {
        return !proposedText.isEmpty() || proposedRag != null;
    }

    ActionChange inConflict() {
        return new ActionChange(actionId, code, title, fileName, recipient, author, currentUpdate, currentRag,
                proposedText, proposedRag, actuals, milestones, true, notes);
    }
}
