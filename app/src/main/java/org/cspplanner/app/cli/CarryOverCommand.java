package org.cspplanner.app.cli;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.CarryOver;
import org.cspplanner.model.service.CarryOverService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Creates next year's plan from a plan, carrying its open actions over, in one transaction. */
@Command(name = "carry-over", description = "Create next year's plan from PLAN, carrying over every action not complete "
        + "(or every action with --all); the old plan's carried actions become 'Carried over'.")
final class CarryOverCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id or exact title.")
    String plan;

    @Option(names = "--title", paramLabel = "T", required = true, description = "Title for the new plan.")
    String title;

    @Option(names = "--all", description = "Carry every action over, including complete and dropped ones.")
    boolean all;

    @Override
    public Integer call() {
        Plan old = root.plans().loadPlan(root.plans().findPlan(plan).id());
        Map<UUID, CarryOver.Decision> decisions = all ? CarryOver.allActions(old) : CarryOver.defaultDecisions(old);
        CarryOver.Result r = new CarryOverService(root.plans().workspace()).carryOver(old, decisions, title);
        Plan next = r.newPlan();
        root.out.printf("Created '%s' (%s) from '%s': %d of %d actions carried over, %d themes.%n", next.title(),
                next.periodLabel(), old.title(), r.carried(), old.actionCount(), next.themes().size());
        root.out.println("Plan id: " + next.id());
        return 0;
    }
}
