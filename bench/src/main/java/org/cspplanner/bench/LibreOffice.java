package org.cspplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** What a user would otherwise do with our files: LibreOffice headless converting them, timed the same way. */
final class LibreOffice {

    private final Path profile;
    private final int runs;
    private boolean warmedUp;

    LibreOffice(Path scratch, int runs) throws Exception {
        this.profile = Files.createDirectories(scratch.resolve("lo-profile"));
        this.runs = runs;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/soffice"));
    }

    /** How long we wait for one conversion; past it, the figure is "more than this". */
    static final int LIMIT_SECONDS = 120;

    /**
     * Median milliseconds to convert the file; null when LibreOffice is not installed; infinity when it did
     * not finish within {@link #LIMIT_SECONDS} (a finding in itself, so the benchmark goes on).
     */
    Double convert(Path file, String format) throws Exception {
        if (!installed()) {
            return null;
        }
        Path out = Files.createDirectories(file.getParent().resolve("lo-" + format));
        if (!warmedUp) {
            run(Files.writeString(out.resolve("warm-up.csv"), "a,b\n1,2\n"), "pdf", out); // the first start creates the profile
            warmedUp = true;
        }
        int n = Files.size(file) > 1_000_000 ? 1 : runs; // a large document takes LibreOffice minutes per run
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            if (!run(file, format, out)) {
                return Double.POSITIVE_INFINITY;
            }
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return Stopwatch.median(times);
    }

    /** False when LibreOffice did not finish in time or failed. */
    private boolean run(Path file, String format, Path out) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            // soffice starts soffice.bin: left running, it would steal the CPU from every later figure
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            return false;
        }
        return p.exitValue() == 0;
    }
}
