package org.cspplanner.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cspplanner.model.store.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Lists the plans in the workspace. */
@Command(name = "plans", description = "List the plans in the workspace: id, title, period, themes and actions.")
final class PlansCommand implements Callable<Integer> {

    @ParentCommand
    CspPlannerCommand root;

    @Override
    public Integer call() {
        List<PlanSummary> plans = root.plans().listPlans();
        if (plans.isEmpty()) {
            root.out.println("The workspace has no plans yet. Import one with: csp-planner import FILE");
            return 0;
        }
        int titleWidth = Math.max(5, Math.min(60, plans.stream().mapToInt(p -> p.title().length()).max().orElse(5)));
        int periodWidth = Math.max(6, plans.stream().mapToInt(p -> p.periodLabel().length()).max().orElse(6));
        String row = "%-36s  %-" + titleWidth + "s  %-" + periodWidth + "s  %-8s  %6s  %7s%n";
        root.out.printf(row, "ID", "TITLE", "PERIOD", "STATUS", "THEMES", "ACTIONS");
        for (PlanSummary p : plans) {
            String title = p.title().length() > titleWidth ? p.title().substring(0, titleWidth - 1) + "…" : p.title();
            root.out.printf(row, p.id(), title, p.periodLabel(), p.status().label(), p.themeCount(), p.actionCount());
        }
        return 0;
    }
}
