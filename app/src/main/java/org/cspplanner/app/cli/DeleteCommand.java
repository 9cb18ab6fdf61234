package org.cspplanner.app.cli;

import java.util.concurrent.Callable;
import org.cspplanner.model.store.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Deletes a plan and everything in it. */
@Command(name = "delete", description = "Delete a plan and everything in it.")
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id or exact title.")
    String plan;

    @Override
    public Integer call() {
        PlanSummary found = root.plans().findPlan(plan);
        root.plans().deletePlan(found.id());
        root.out.println("Deleted plan '" + found.title() + "' (" + found.id() + ").");
        return 0;
    }
}
