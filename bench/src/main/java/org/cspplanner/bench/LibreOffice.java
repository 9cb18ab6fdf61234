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

    /** Median milliseconds to convert the file, or null when LibreOffice is not installed. */
    Double convert(Path file, String format) throws Exception {
        if (!installed()) {
            return null;
        }
        Path out = Files.createDirectories(file.getParent().resolve("lo-" + format));
        if (!warmedUp) {
            run(file, format, out); // the first start creates the profile: not what a user waits for every time
            warmedUp = true;
        }
        int n = Files.size(file) > 1_000_000 ? 1 : runs; // a large document takes LibreOffice minutes per run
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            run(file, format, out);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return Stopwatch.median(times);
    }

    private void run(Path file, String format, Path out) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice failed to convert " + file.getFileName());
        }
    }
}
