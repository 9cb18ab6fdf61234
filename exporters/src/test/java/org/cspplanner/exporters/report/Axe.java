package org.cspplanner.exporters.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs tools/a11y/check.mjs (axe-core in Debian's headless Chromium) on HTML files. scripts/install-test-tools.sh
 * installs both; without them the check fails and says so, rather than passing unseen.
 */
final class Axe {

    private Axe() {
    }

    /** The checker's JSON output; fails the test when axe finds any violation. */
    static String assertNoViolations(Path... files) throws IOException, InterruptedException {
        Path tool = Path.of("..", "tools", "a11y").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(tool.resolve("node_modules/axe-core")),
                "axe-core is not installed: run scripts/install-test-tools.sh");
        List<String> command = new ArrayList<>(List.of("node", tool.resolve("check.mjs").toString()));
        for (Path f : files) {
            command.add(f.toAbsolutePath().toString());
        }
        Process process = new ProcessBuilder(command).directory(tool.toFile()).redirectErrorStream(true).start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "axe check timed out");
        assertTrue(process.exitValue() == 0, "axe-core found violations (or could not run):\n" + output);
        return output;
    }
}
