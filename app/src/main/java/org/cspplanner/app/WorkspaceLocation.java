package org.cspplanner.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives when no --workspace is given: $CSP_PLANNER_WORKSPACE, else the folder chosen in
 * the app's settings, else the operating system's per-user data folder.
 */
public final class WorkspaceLocation {
    private WorkspaceLocation() {
    }

    /** Overrides the default folder, for scripts and tests that must not touch the user's own workspace. */
    public static final String ENV_OVERRIDE = "CSP_PLANNER_WORKSPACE";

    public static Path defaultFolder() {
        Map<String, String> env = System.getenv();
        if (isSet(env.get(ENV_OVERRIDE))) {
            return Path.of(env.get(ENV_OVERRIDE));
        }
        return WorkspaceChoice.forUser().folder()
                .orElseGet(() -> osFolder(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home"))));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    static Path defaultFolder(Map<String, String> env, String osName, Path home) {
        String override = env.get(ENV_OVERRIDE);
        if (isSet(override)) {
            return Path.of(override);
        }
        return osFolder(env, osName, home);
    }

    /** The operating system's per-user data folder. */
    static Path osFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("CSP Planner");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CSP Planner");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("csp-planner");
    }
}
