package org.cspplanner.exporters.report;

import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.model.report.RagReport;

/** One piece of a report chapter, in reading order; each writer (PDF, Word, HTML) draws every kind. */
public sealed interface ReportItem {

    /** A paragraph, optionally led by a bold label. */
    record Text(String label, String text) implements ReportItem {
        public static Text of(String text) {
            return new Text("", text);
        }
    }

    /** A heading inside a chapter. */
    record Sub(String title) implements ReportItem {
    }

    /** A data table; {@code caption} names it for screen readers and readers skimming. */
    record Grid(String caption, Table table) implements ReportItem {
    }

    /** The stacked-bar chart of the report's counts, always followed by its figures. */
    record Chart(RagReport report, String description) implements ReportItem {
    }

    /** The full action plan as one of the named layouts draws it. */
    record Plan(ExportDocument document) implements ReportItem {
    }
}
