package org.cspplanner.bench;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cspplanner.exporters.report.ReportExporter;
import org.cspplanner.exporters.report.ReportKind;
import org.cspplanner.exporters.report.ReportOptions;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.sample.SyntheticPlans;

/**
 * Times the board pack (PDF/A, both passes, full action plan) and the RAG report formats on a generated plan,
 * median of several runs after warm-up. Run: {@code java -cp bench/target/csp-planner-bench.jar
 * org.cspplanner.bench.BoardPackBench [actions] [runs]}; aim: a 1,000-action board pack in under 3 s.
 */
public final class BoardPackBench {

    private BoardPackBench() {
    }

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Plan plan = SyntheticPlans.generate(actions, 42);
        ReportingPeriod period = ReportingPeriod.of(2026, 2);
        LocalDate today = LocalDate.of(2026, 10, 15);
        System.out.printf("Plan: %,d actions in %d themes; period %s%n", plan.actionCount(), plan.themes().size(),
                period.label());
        time("board pack, pdf", plan, ReportKind.BOARD_PACK, "pdf", period, today, runs);
        time("board pack, html", plan, ReportKind.BOARD_PACK, "html", period, today, runs);
        time("RAG report, docx", plan, ReportKind.RAG, "docx", period, today, runs);
    }

    private static void time(String name, Plan plan, ReportKind kind, String format, ReportingPeriod period,
                             LocalDate today, int runs) throws Exception {
        ReportOptions options = ReportOptions.of(kind, period, today);
        for (int i = 0; i < 2; i++) {
            write(plan, options, format); // warm-up: class loading, JIT, font parsing
        }
        List<Long> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = write(plan, options, format);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("%-18s median %,6d ms  (min %,d, max %,d, %d runs)  %,d KB%n", name, millis.get(runs / 2),
                millis.get(0), millis.get(runs - 1), runs, bytes / 1024);
    }

    private static int write(Plan plan, ReportOptions options, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.write(plan, options, format, out, ProgressListener.NONE);
        return out.size();
    }
}
