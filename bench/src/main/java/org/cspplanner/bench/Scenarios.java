package org.cspplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SyntheticPlans;
import org.cspplanner.model.service.CarryOver;
import org.cspplanner.model.service.CarryOverService;
import org.cspplanner.model.service.PlanCopier;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;

/** The operations a coordinator does every day, each measured on plans of a given size. */
final class Scenarios {

    private final Stopwatch stopwatch;
    private final Path scratch;
    private final PlanJson json = new PlanJson();

    Scenarios(Stopwatch stopwatch, Path scratch) {
        this.stopwatch = stopwatch;
        this.scratch = scratch;
    }

    List<Measurement> forSize(int actions) throws Exception {
        String size = String.format("%,d actions", actions);
        Plan plan = SyntheticPlans.generate(actions, 42);
        List<Measurement> rows = new ArrayList<>();
        byte[] document = json.toBytes(plan);
        rows.add(stopwatch.measure("export JSON", size, () -> { }, () -> json.toBytes(plan)));
        rows.add(stopwatch.measure("import JSON (parse)", size, () -> { }, () -> json.fromBytes(document)));

        Path folder = Files.createDirectories(scratch.resolve("ws-" + actions));
        try (Workspace workspace = Workspace.open(folder)) {
            PlanService plans = new PlanService(workspace);
            rows.add(stopwatch.measure("save whole plan to workspace", size,
                    () -> plans.listPlans().forEach(p -> plans.deletePlan(p.id())), () -> {
                        plans.addPlan(plan);
                        return plan;
                    }));
            rows.add(stopwatch.measure("load plan from workspace", size, () -> { }, () -> plans.loadPlan(plan.id())));
            CarryOverService carry = new CarryOverService(workspace);
            Plan[] made = new Plan[1];
            rows.add(stopwatch.measure("carry over into next year (saved)", size, () -> {
                if (made[0] != null) {
                    plans.deletePlan(made[0].id());
                    plans.deletePlan(plan.id());
                    plans.addPlan(plan);
                }
            }, () -> {
                CarryOver.Result result = carry.carryOver(plan, CarryOver.defaultDecisions(plan), "Next year");
                made[0] = result.newPlan();
                return result;
            }));
        }
        return rows;
    }

    /** Opening a workspace that holds 20 plans, as the app does at start: open, list, load the first plan. */
    List<Measurement> workspaceOfTwentyPlans(int actionsEach) throws Exception {
        Path folder = Files.createDirectories(scratch.resolve("ws-twenty"));
        Plan base = SyntheticPlans.generate(actionsEach, 7);
        try (Workspace workspace = Workspace.open(folder)) {
            PlanService plans = new PlanService(workspace);
            for (int i = 0; i < 20; i++) {
                plans.addPlan(PlanCopier.withNewIds(base.toBuilder().title(base.title() + " #" + (i + 1)).build()));
            }
        }
        String size = String.format("20 plans × %,d actions", actionsEach);
        return List.of(stopwatch.measure("open workspace, list plans, load one", size, () -> { }, () -> {
            try (Workspace workspace = Workspace.open(folder)) {
                PlanService plans = new PlanService(workspace);
                return plans.loadPlan(plans.listPlans().get(0).id());
            }
        }));
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
