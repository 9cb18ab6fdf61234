package org.cspplanner.exporters.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/** Writes a RAG report or board pack in one of the report formats: the one entry point for the CLI and the dialog. */
public final class ReportExporter {

    private static final List<String> FORMATS = List.of("pdf", "docx", "html");

    private ReportExporter() {
    }

    /** "pdf", "docx", "html". */
    public static List<String> formats() {
        return FORMATS;
    }

    /**
     * Builds the report's figures from the plan and writes them. The stream is not closed.
     * @throws IllegalArgumentException for an unknown format or layout
     */
    public static void write(Plan plan, ReportOptions options, String format, OutputStream out, ProgressListener progress)
            throws IOException {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("Unknown format '" + format + "': use pdf, docx or html.");
        }
        progress.progress(0.0, "Working out the figures for " + options.period().label());
        ReportContent content = ReportBuilder.build(plan, options);
        switch (f) {
            case "pdf" -> new ReportPdfWriter().write(content, out, progress);
            case "docx" -> new ReportDocxWriter().write(content, out, progress);
            default -> new ReportHtmlWriter().write(content, out, progress);
        }
    }
}
