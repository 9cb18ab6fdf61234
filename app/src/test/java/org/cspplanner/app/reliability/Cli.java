package org.cspplanner.app.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cspplanner.app.cli.CommandLineMain;
import org.cspplanner.model.backup.WorkspaceContent;
import org.cspplanner.model.store.Workspace;

/** Runs the command line in this JVM on one workspace, as a user would, and reads the workspace between runs. */
final class Cli {

    /** What one run printed, how it ended, and how long it took. */
    record Run(int exit, String out, String err, long millis) {
    }

    private final Path workspace;

    Cli(Path workspace) {
        this.workspace = workspace;
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        long t0 = System.nanoTime();
        int exit = CommandLineMain.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The digest of every plan in the workspace (the CLI has closed it after each run). */
    String contentDigest(char[] password) {
        try (Workspace w = Workspace.open(workspace, password)) {
            return WorkspaceContent.digest(w);
        }
    }

    String contentDigest() {
        return contentDigest(null);
    }
}
