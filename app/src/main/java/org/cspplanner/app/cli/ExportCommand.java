package org.cspplanner.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.Exporters;
import org.cspplanner.exporters.PlanExporter;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.store.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Exports a plan to a file: {@code export PLAN --format docx|pdf|xlsx|csv|json --layout L [--period "Q4 2014/15"] -o FILE}.
 * The file appears only when complete: a failed export leaves any old file as it was.
 */
@Command(name = "export", description = "Export a plan to a file.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id or exact title.")
    String plan;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx, pdf, xlsx, csv or json")
    String format;

    @Option(names = "--layout", paramLabel = "L",
            description = "prevention-plan, area-of-focus, rolling-plan, delivery-plan, action-plan-matrix or custom "
                    + "(needed for every format but json)")
    String layout;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Whose updates and RAG appear, e.g. \"Q4 2014/15\" (default: the latest reported quarter)")
    String period;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if ("json".equals(f)) {
            Plan loaded = load();
            AtomicFileWriter.write(output, out -> new PlanJson().write(loaded, out));
            root.out.println("Exported '" + loaded.title() + "' to " + output);
            return 0;
        }
        if (!Exporters.formats().contains(f)) {
            throw new IllegalArgumentException("Unknown format '" + format + "': expected one of "
                    + String.join(", ", Exporters.formats()) + ", json");
        }
        if (layout == null || layout.isBlank()) {
            throw new IllegalArgumentException("Choose a layout with --layout: one of " + String.join(", ", Layouts.names()));
        }
        String layoutName = Layouts.byName(layout).name();
        ReportingPeriod chosen = period == null ? null : ReportingPeriod.parse(period);
        PlanExporter exporter = Exporters.forFormat(f);
        Plan loaded = load();
        ExportOptions options = ExportOptions.of(layoutName, chosen);
        AtomicFileWriter.write(output, out -> exporter.export(loaded, options, out, ProgressListener.NONE));
        root.out.println("Exported '" + loaded.title() + "' (" + layoutName + ", " + options.periodFor(loaded).label()
                + ") to " + output);
        return 0;
    }

    private Plan load() {
        PlanSummary found = root.plans().findPlan(plan);
        return root.plans().loadPlan(found.id());
    }
}
