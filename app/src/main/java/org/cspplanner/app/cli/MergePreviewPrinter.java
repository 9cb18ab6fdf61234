package org.cspplanner.app.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import org.cspplanner.model.Rag;
import org.cspplanner.model.returns.ActionChange;
import org.cspplanner.model.returns.MergePreview;
import org.cspplanner.model.returns.ReturnIssue;

/** Prints a merge preview for the terminal: per action, what is in the plan now against what the return proposes, then the issues. */
final class MergePreviewPrinter {

    private static final int SHORT = 90;

    private final PrintStream out;

    MergePreviewPrinter(PrintStream out) {
        this.out = out;
    }

    void print(MergePreview p, int fileCount) {
        String quarter = p.period() == null ? "no quarter" : p.period().label();
        out.printf("Returns for %s of '%s': %d of %d file%s can be merged.%n", quarter, p.plan().title(),
                p.mergedFiles().size(), fileCount, fileCount == 1 ? "" : "s");
        out.println();
        out.printf("Changes: %d to accept, %d in conflict.%n", p.acceptable().size(), p.conflicts().size());
        for (ActionChange c : p.changes()) {
            out.printf("  %s  %s (%s)%s%n", c.code(), c.recipient().label(), c.fileName(),
                    c.conflict() ? "  CONFLICT: choose one return in the app" : "");
            if (c.addsUpdate()) {
                out.printf("       RAG:    %s -> %s%n", word(c.currentRag()), word(c.proposedRag()));
                out.printf("       Now:    %s%n", c.currentUpdate() == null ? "no update yet"
                        : c.currentUpdate().period().label() + ": " + quote(c.currentUpdate().text()));
                out.printf("       New:    %s%n", quote(c.proposedText()));
            }
            for (ActionChange.ActualChange a : c.actuals()) {
                out.printf("       Actual: %s: %s -> %s%n", shorten(a.description(), 60), number(a.current()), number(a.proposed()));
            }
            for (ActionChange.StatusChange m : c.milestones()) {
                out.printf("       Milestone %s: %s -> %s%n", m.code(), m.current().label(), m.proposed().label());
            }
        }
        List<ReturnIssue> issues = p.issues();
        out.println();
        out.printf("Issues: %d%n", issues.size());
        for (ReturnIssue i : issues) {
            out.printf("  %s%n", i.describe());
        }
        out.println();
    }

    private static String word(Rag rag) {
        return rag == null ? "none" : rag.word();
    }

    private static String number(BigDecimal v) {
        return v == null ? "none" : v.toPlainString();
    }

    private static String quote(String text) {
        return text.isEmpty() ? "(no text)" : "\"" + shorten(text.replace("\n", " / "), SHORT) + "\"";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
