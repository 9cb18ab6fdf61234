package org.cspplanner.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspplanner.exporters.importing.ColumnMapping;
import org.cspplanner.exporters.importing.ImportException;
import org.cspplanner.exporters.importing.ImportOptions;
import org.cspplanner.exporters.importing.ImportPreview;
import org.cspplanner.exporters.importing.PlanImporter;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.json.JsonFormatException;
import org.cspplanner.model.json.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Imports a plan file into the workspace as a new plan, in one transaction: a csp-plan JSON file, or a
 * spreadsheet (.xlsx, .xls, .csv) or Word plan (.docx) read through the importer.
 */
@Command(name = "import", description = "Import a plan (.json, .xlsx, .xls, .csv or the tables of a .docx) into the workspace as a new plan.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--title", paramLabel = "T", description = "Title for the new plan (default: the title in the file).")
    String title;

    @Option(names = "--mapping", paramLabel = "M",
            description = "A saved column mapping (JSON) to use instead of the detected one (spreadsheets and Word only).")
    Path mapping;

    @Option(names = "--dry-run", description = "Show what would be imported, and write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException, JsonFormatException, ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) {
            return importTable();
        }
        if (mapping != null) {
            throw new IllegalArgumentException("--mapping applies to spreadsheets and Word plans, not to a .json plan file.");
        }
        Plan read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new PlanJson().read(in);
        }
        Plan titled = title == null || title.isBlank() ? read : read.toBuilder().title(title).build();
        if (dryRun) {
            root.out.printf("Would import '%s' (%s): %d themes, %d actions. Nothing was written (--dry-run).%n",
                    titled.title(), titled.periodLabel(), titled.themes().size(), titled.actionCount());
            return 0;
        }
        Plan added = save(titled);
        root.out.printf("Imported '%s' (%s): %d themes, %d actions, %d milestones, %d updates.%n", added.title(),
                added.periodLabel(), added.themes().size(), added.actionCount(),
                added.actions().mapToInt(a -> a.milestones().size()).sum(),
                added.actions().mapToInt(a -> a.updates().size()).sum());
        root.out.println("Plan id: " + added.id());
        return 0;
    }

    /** Saves the plan in one transaction; a plan the workspace already holds comes in as a copy with new ids. */
    private Plan save(Plan plan) {
        Plan added = root.plans().addPlanOrCopy(plan);
        if (!added.id().equals(plan.id())) {
            root.out.println("The workspace already held this plan, so it was imported as a copy with new ids.");
        }
        return added;
    }

    /** Reads a spreadsheet or Word plan, prints what was read, and saves it as one new plan unless --dry-run. */
    private int importTable() throws ImportException {
        ImportOptions options = ImportOptions.DEFAULTS.withTitle(title);
        if (mapping != null) {
            options = options.withMapping(ColumnMapping.load(mapping));
        }
        ImportPreview preview = PlanImporter.preview(file, options, ProgressListener.NONE);
        preview.report().forEach(root.out::println);
        if (preview.actions() == 0) {
            throw new ImportException("No actions were found in '" + file.getFileName() + "', so no plan was created.");
        }
        if (dryRun) {
            root.out.println("Nothing was written (--dry-run).");
            return 0;
        }
        root.out.println("Plan id: " + save(preview.plan()).id());
        return 0;
    }
}
