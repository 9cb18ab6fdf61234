package org.cspplanner.exporters.report;

import java.util.List;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.model.report.RagReport;

/** A report ready to draw: what kind it is ("Board pack"), what it says about itself, its figures, and its chapters. */
public record ReportContent(String kindTitle, DocumentInfo info, RagReport report, List<Chapter> chapters) {
    public ReportContent {
        chapters = List.copyOf(chapters);
    }

    public int rowCount() {
        return chapters.stream().flatMap(c -> c.items().stream()).mapToInt(i -> i instanceof ReportItem.Grid g
                ? g.table().rows().size() : i instanceof ReportItem.Plan p ? p.document().rowCount() : 1).sum();
    }
}
