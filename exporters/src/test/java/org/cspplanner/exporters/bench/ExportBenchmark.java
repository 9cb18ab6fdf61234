package org.cspplanner.exporters.bench;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.Exporters;
import org.cspplanner.exporters.TestPlans;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/** Exports a 1,000-action plan to PDF and Word (delivery-plan layout) and prints median times. Not a unit test. */
public final class ExportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Plan plan = TestPlans.large(1000);
        String layout = args.length > 0 ? args[0] : "delivery-plan";
        for (String format : new String[] {"pdf", "docx", "xlsx", "csv"}) {
            long[] times = new long[RUNS];
            int size = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long start = System.nanoTime();
                Exporters.forFormat(format).export(plan, ExportOptions.of(layout), out, ProgressListener.NONE);
                long took = System.nanoTime() - start;
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = took;
                }
                size = out.size();
            }
            Arrays.sort(times);
            System.out.printf("%-4s %s, %d actions: median %.0f ms (min %.0f, max %.0f), %,d bytes%n", format, layout,
                    plan.actionCount(), times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6, size);
        }
    }
}
