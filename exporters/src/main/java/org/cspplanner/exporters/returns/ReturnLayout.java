package org.cspplanner.exporters.returns;

import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.Recipient;

/** Where things are in a return workbook: sheet names, columns and the hidden identifiers, shared by writer and reader. */
public final class ReturnLayout {

    private ReturnLayout() {
    }

    /** Marks the workbook as ours; the reader refuses anything else. */
    static final String FORMAT = "csp-planner-return";
    /** Bumped when the layout changes in a way an older reader could not follow. */
    static final int VERSION = 1;

    public static final String INSTRUCTIONS = "Instructions";
    public static final String ACTIONS = "Your actions";
    public static final String TARGETS = "Targets";
    public static final String MILESTONES = "Milestones";
    /** The very hidden sheet holding plan id, quarter, recipient and every id sent. */
    public static final String MANIFEST = "csp-return";

    /**
     * Sheet protection keeps partners from typing over read-only cells by accident; it is not security
     * (the password is in our documentation), so a coordinator can unprotect a sheet when needed.
     */
    public static final String PASSWORD = "csp-planner";

    static final String COMPLETED_BY = "Completed by (your name)";

    // "Your actions": one row per action.
    static final int A_CODE = 0;
    static final int A_TITLE = 1;
    static final int A_MILESTONES = 2;
    static final int A_TARGETS = 3;
    static final int A_LAST_UPDATE = 4;
    static final int A_UPDATE = 5;
    static final int A_RAG = 6;
    static final int A_ID = 7;

    // "Targets": one row per target.
    static final int T_CODE = 0;
    static final int T_TARGET = 1;
    static final int T_UNIT = 2;
    static final int T_BASELINE = 3;
    static final int T_AIM = 4;
    static final int T_LAST = 5;
    static final int T_ACTUAL = 6;
    static final int T_ID = 7;

    // "Milestones": one row per milestone.
    static final int M_ACTION = 0;
    static final int M_CODE = 1;
    static final int M_TEXT = 2;
    static final int M_DUE = 3;
    static final int M_PROGRESS = 4;
    static final int M_STATUS = 5;
    static final int M_ID = 6;

    // The manifest: key/value lines, then one line per item sent.
    static final String ITEMS_HEADER = "items";
    static final String ITEM_ACTION = "action";
    static final String ITEM_TARGET = "target";
    static final String ITEM_MILESTONE = "milestone";

    static String updateHeader(ReportingPeriod period) {
        return "Update for " + period.label();
    }

    static String ragHeader(ReportingPeriod period) {
        return "RAG for " + period.label();
    }

    static String actualHeader(ReportingPeriod period) {
        return "Actual for " + period.label();
    }

    static String statusHeader(ReportingPeriod period) {
        return "Status at end of " + period.label();
    }

    /** "return-Q3-2026-27-WVDC.xlsx". */
    public static String fileName(ReportingPeriod period, Recipient recipient) {
        return "return-" + periodStem(period) + "-" + recipient.fileStem() + ".xlsx";
    }

    /** "Q3-2026-27", for file names. */
    public static String periodStem(ReportingPeriod period) {
        return period.label().replaceAll("[^A-Za-z0-9]+", "-");
    }
}
