package org.cspplanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Times a piece of work after warm-up and reports the median, with the peak heap used while it ran. */
final class Stopwatch {

    /** The work to time; its result is kept so the JIT cannot drop it. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    /** Called before each run and not timed (for example, to delete the previous run's output). */
    @FunctionalInterface
    interface Setup {
        void run() throws Exception;
    }

    private final int warmups;
    private final int runs;
    static volatile Object sink;

    Stopwatch(int warmups, int runs) {
        this.warmups = warmups;
        this.runs = runs;
    }

    Measurement measure(String scenario, String size, Setup setup, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            setup.run();
            sink = work.run();
        }
        double[] times = new double[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            setup.run();
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            sink = work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
            peak = Math.max(peak, heapPeak());
        }
        Arrays.sort(times);
        return new Measurement(scenario, size, median(times), times[0], times[times.length - 1], runs,
                peak / (1024.0 * 1024.0), null, "");
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound on the heap the work needed at once. */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
