package org.cspplanner.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.JsonFormatException;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.service.PlanCopier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Imports a plan file into the workspace as a new plan, in one transaction. */
@Command(name = "import", description = "Import a plan file (.json) into the workspace as a new plan.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--title", paramLabel = "T", description = "Title for the new plan (default: the title in the file).")
    String title;

    @Override
    public Integer call() throws IOException, JsonFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) {
            throw new IllegalArgumentException("'" + file.getFileName() + "' is not a plan file this version can import (.json).");
        }
        Plan read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new PlanJson().read(in);
        }
        Plan titled = title == null || title.isBlank() ? read : read.toBuilder().title(title).build();
        boolean copy = root.plans().listPlans().stream().anyMatch(p -> p.id().equals(titled.id()));
        Plan toAdd = copy ? PlanCopier.withNewIds(titled) : titled;
        root.plans().addPlan(toAdd);
        root.out.printf("Imported '%s' (%s): %d themes, %d actions, %d milestones, %d updates.%n", toAdd.title(),
                toAdd.periodLabel(), toAdd.themes().size(), toAdd.actionCount(),
                toAdd.actions().mapToInt(a -> a.milestones().size()).sum(),
                toAdd.actions().mapToInt(a -> a.updates().size()).sum());
        if (copy) {
            root.out.println("The workspace already held this plan, so it was imported as a copy with new ids.");
        }
        root.out.println("Plan id: " + toAdd.id());
        return 0;
    }
}
