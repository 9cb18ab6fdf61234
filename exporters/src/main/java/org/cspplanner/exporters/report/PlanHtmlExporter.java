package org.cspplanner.exporters.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.PlanExporter;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/** The plan as one accessible HTML page for the council website, in any of the named layouts. */
public final class PlanHtmlExporter implements PlanExporter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void export(Plan plan, ExportOptions options, OutputStream out, ProgressListener progress) throws IOException {
        ReportOptions report = new ReportOptions(ReportKind.RAG, options.periodFor(plan), LocalDate.now(),
                options.layout(), null);
        new ReportHtmlWriter().write(ReportBuilder.planPage(plan, report), out, progress);
    }
}
