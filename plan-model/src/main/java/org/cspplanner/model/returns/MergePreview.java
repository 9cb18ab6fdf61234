package org.cspplanner.model.returns;

import java.util.List;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Text;

/**
 * What merging a batch of returns would do, before anything is written: the changes per action, every issue
 * found (files rejected, conflicts, rows added or deleted ...) and the files that were taken into account.
 * The app shows it and lets the user accept changes one by one; {@link #acceptable()} is "accept all".
 */
public record MergePreview(Plan plan, ReportingPeriod period, List<ActionChange> changes, List<ReturnIssue> issues,
                           List<ReturnFile> mergedFiles) {

    public MergePreview {
        changes = Text.list(changes);
        issues = Text.list(issues);
        mergedFiles = Text.list(mergedFiles);
    }

    /** The changes "accept all" takes: everything except conflicting ones, which need the user to choose. */
    public List<ActionChange> acceptable() {
        return changes.stream().filter(c -> !c.conflict()).toList();
    }

    public List<ActionChange> conflicts() {
        return changes.stream().filter(ActionChange::conflict).toList();
    }

    /** Files ignored as a whole (not a return, another plan, another quarter), as issues. */
    public List<ReturnIssue> rejectedFiles() {
        return issues.stream().filter(ReturnIssue::rejectsFile).toList();
    }
}
