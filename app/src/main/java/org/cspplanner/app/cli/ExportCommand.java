package org.cspplanner.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.store.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Exports a plan to a file. The file appears only when complete: a failed export leaves any old file as it was. */
@Command(name = "export", description = "Export a plan to a file.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id or exact title.")
    String plan;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!"json".equals(format)) {
            throw new IllegalArgumentException("Unknown format '" + format + "': use json.");
        }
        PlanSummary found = root.plans().findPlan(plan);
        Plan loaded = root.plans().loadPlan(found.id());
        AtomicFileWriter.write(output, out -> new PlanJson().write(loaded, out));
        root.out.println("Exported '" + loaded.title() + "' to " + output);
        return 0;
    }
}
