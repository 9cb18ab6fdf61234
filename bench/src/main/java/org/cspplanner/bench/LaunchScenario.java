package org.cspplanner.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.cspplanner.app.ui.CspPlannerApp;

/**
 * Launch to first window: the real jar started the way a user starts it, showing a real window on an X
 * display (Xvfb), timed from process start to the moment the window is shown.
 */
final class LaunchScenario {

    private static final String DISPLAY = ":93";

    private final Path appJar;
    private final Path scratch;
    private final int runs;

    LaunchScenario(Path appJar, Path scratch, int runs) {
        this.appJar = appJar;
        this.scratch = scratch;
        this.runs = runs;
    }

    /** The measurement, or one saying why it could not be taken. */
    Measurement measure() throws Exception {
        if (!Files.isRegularFile(appJar)) {
            return skipped("app jar not built: " + appJar);
        }
        if (!Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            return skipped("Xvfb not installed (scripts/install-test-tools.sh --bench)");
        }
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", DISPLAY, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(1000);
            Path workspace = Files.createDirectories(scratch.resolve("launch-ws"));
            launchOnce(workspace); // the first start creates the workspace and the sample plan
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                times[i] = launchOnce(workspace);
            }
            Arrays.sort(times);
            return new Measurement("launch to first window (real window, Xvfb)", "sample plan", Stopwatch.median(times),
                    times[0], times[runs - 1], runs, 0, null, "separate JVM; heap not measured");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private double launchOnce(Path workspace) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-D" + CspPlannerApp.TIMING_PROPERTY + "=true", "-jar",
                appJar.toString(), "--workspace", workspace.toString()).redirectErrorStream(true);
        pb.environment().put("DISPLAY", DISPLAY);
        long start = System.currentTimeMillis();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int at = line.indexOf(CspPlannerApp.TIMING_PREFIX);
                if (at >= 0) {
                    return Long.parseLong(line.substring(at + CspPlannerApp.TIMING_PREFIX.length()).trim()) - start;
                }
            }
            throw new IllegalStateException("The app ended without showing a window (exit " + p.waitFor() + ")");
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static Measurement skipped(String why) {
        return new Measurement("launch to first window", "", Double.NaN, Double.NaN, Double.NaN, 0, 0, null, why);
    }
}
