package org.cspplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cspplanner.model.Plan;
import org.cspplanner.model.sample.SyntheticPlans;

/**
 * The benchmark command: generates plans of 100, 1,000 and 10,000 actions and a workspace of 20 plans,
 * measures the everyday operations and prints (and optionally writes) a table of medians and peak heap.
 *
 * <pre>java -jar bench/target/csp-planner-bench.jar [--quick] [--runs N] [--out docs/performance.md] [--app-jar JAR] [--launch-only]</pre>
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        boolean quick = list.contains("--quick");
        int runs = intOption(list, "--runs", quick ? 3 : 5);
        Path out = list.contains("--out") ? Path.of(list.get(list.indexOf("--out") + 1)) : null;
        List<Integer> sizes = quick ? List.of(100, 1_000) : List.of(100, 1_000, 10_000);
        Path appJar = Path.of(list.contains("--app-jar") ? list.get(list.indexOf("--app-jar") + 1) : "app/target/csp-planner.jar");

        Path scratch = Files.createTempDirectory("csp-bench");
        Path appJarEarly = Path.of(list.contains("--app-jar") ? list.get(list.indexOf("--app-jar") + 1) : "app/target/csp-planner.jar");
        if (list.contains("--launch-only")) {
            List<Measurement> launch = new LaunchScenario(appJarEarly, scratch, runs).measure();
            System.out.print(BenchReport.table(launch));
            Scenarios.deleteTree(scratch);
            return;
        }
        Stopwatch stopwatch = new Stopwatch(quick ? 1 : 2, runs);
        Scenarios scenarios = new Scenarios(stopwatch, scratch);
        FileScenarios files = new FileScenarios(stopwatch, scratch, new LibreOffice(scratch, quick ? 1 : 3));
        ViewAndReportScenarios views = new ViewAndReportScenarios(stopwatch);
        List<Measurement> rows = new ArrayList<>();
        System.out.println("CSP Planner benchmark — " + BenchReport.machine());
        for (int size : sizes) {
            rows.addAll(scenarios.forSize(size));
            Plan plan = SyntheticPlans.generate(size, 42);
            String label = String.format("%,d actions", size);
            rows.addAll(files.forPlan(plan, label));
            rows.addAll(views.forPlan(plan, label));
            System.out.println("  done: " + size + " actions");
        }
        rows.addAll(scenarios.workspaceOfTwentyPlans(quick ? 100 : 1_000));
        rows.addAll(new LaunchScenario(appJar, scratch, runs).measure());
        System.out.println();
        System.out.print(BenchReport.table(rows));
        if (out != null) {
            BenchReport.writeMarkdown(out, rows, "java -jar bench/target/csp-planner-bench.jar " + String.join(" ", args));
            System.out.println("\nWritten to " + out);
        }
        Scenarios.deleteTree(scratch);
    }

    private static int intOption(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }
}
