package org.cspplanner.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.exporters.report.ReportExporter;
import org.cspplanner.exporters.report.ReportKind;
import org.cspplanner.exporters.report.ReportOptions;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Writes a quarter's RAG report or board pack. The file appears only when complete. */
@Command(name = "report", description = "Write a RAG progress report or board pack for a reporting period.")
final class ReportCommand implements Callable<Integer> {

    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id or exact title.")
    String plan;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "rag or boardpack")
    String kind;

    @Option(names = "--period", paramLabel = "P",
            description = "The quarter, e.g. \"Q2 2026/27\" (default: the latest quarter with an update).")
    String period;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, docx or html")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = ReportOptions.DEFAULT_LAYOUT,
            description = "Layout of the board pack's full action plan (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--date", paramLabel = "DD/MM/YYYY",
            description = "The date the report is made, which decides what is overdue (default: today).")
    String date;

    @Override
    public Integer call() throws IOException {
        ReportKind reportKind = ReportKind.parse(kind);
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!ReportExporter.formats().contains(f)) {
            throw new IllegalArgumentException("Unknown format '" + format + "': use pdf, docx or html.");
        }
        Layouts.byName(layout); // an unknown layout fails here, before any work
        LocalDate today = date == null ? LocalDate.now() : parseDate(date);
        Plan loaded = root.plans().loadPlan(root.plans().findPlan(plan).id());
        ReportingPeriod quarter = period == null ? ExportOptions.defaultPeriod(loaded) : periodIn(loaded, period);
        ReportOptions options = new ReportOptions(reportKind, quarter, today, layout, null);
        AtomicFileWriter.write(output, out -> ReportExporter.write(loaded, options, f, out, ProgressListener.NONE));
        String what = reportKind == ReportKind.BOARD_PACK ? "Board pack" : "RAG report";
        root.out.println(what + " for " + quarter.label() + " of '" + loaded.title() + "' written to " + output);
        return 0;
    }

    private static ReportingPeriod periodIn(Plan plan, String text) {
        ReportingPeriod p = ReportingPeriod.parse(text);
        List<ReportingPeriod> periods = plan.reportingPeriods();
        if (!periods.contains(p)) {
            throw new IllegalArgumentException(p.label() + " is outside the plan's period (" + plan.periodLabel()
                    + "): use " + periods.get(0).label() + " to " + periods.get(periods.size() - 1).label() + ".");
        }
        return p;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim(), UK_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: '" + text + "' (expected dd/mm/yyyy, e.g. 15/10/2026).");
        }
    }
}
