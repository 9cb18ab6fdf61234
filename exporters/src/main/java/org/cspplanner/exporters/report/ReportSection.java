package org.cspplanner.exporters.report;

import java.util.EnumSet;
import java.util.Set;

/** The parts a report can include, in the order they appear; the report dialog offers them as check boxes. */
public enum ReportSection {
    KEY("RAG key"),
    SUMMARY("Executive summary"),
    HIGHLIGHTS("Highlights"),
    EXCEPTIONS("Exceptions: Red and Amber actions"),
    NO_UPDATE("Actions with no update this quarter"),
    OVERDUE("Overdue actions"),
    ACTION_PLAN("Full action plan"),
    TARGETS("Targets"),
    FUNDING("Funding"),
    GLOSSARY("Glossary");

    private final String title;

    ReportSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Everything the issue lists for the kind: the RAG report leaves out the plan, funding and glossary. */
    public static Set<ReportSection> defaults(ReportKind kind) {
        return kind == ReportKind.BOARD_PACK ? EnumSet.allOf(ReportSection.class)
                : EnumSet.of(KEY, SUMMARY, EXCEPTIONS, TARGETS, NO_UPDATE, OVERDUE);
    }
}
