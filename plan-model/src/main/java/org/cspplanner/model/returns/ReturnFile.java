package org.cspplanner.model.returns;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Text;

/**
 * A partner's return as read back from its file: which plan, quarter and recipient it was made for (from its
 * hidden identifiers), what was entered per action, and what the reader noticed on the way (rows added or
 * deleted, cells typed over, values it could not understand). {@code completedBy} is the name the partner gave, if any.
 */
public record ReturnFile(String fileName, UUID planId, String planTitle, ReportingPeriod period, Recipient recipient,
                         LocalDateTime generatedAt, String completedBy, List<ReturnedAction> actions,
                         List<ReturnIssue> issues) {

    public ReturnFile {
        fileName = Text.clean(fileName);
        planTitle = Text.clean(planTitle);
        completedBy = Text.clean(completedBy);
        actions = Text.list(actions);
        issues = Text.list(issues);
    }

    /** A file that could not be read as a return at all; the reason is its only issue. */
    public static ReturnFile unreadable(String fileName, String reason) {
        return new ReturnFile(fileName, null, "", null, null, null, "", List.of(),
                List.of(new ReturnIssue(ReturnIssue.Kind.NOT_A_RETURN, fileName, "", reason)));
    }

    public boolean isReadable() {
        return planId != null && period != null && recipient != null;
    }
}
