package org.cspplanner.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The workspace folder chosen in the app's settings. Kept in the user's own preferences, outside every
 * workspace, because it says which workspace to open. {@code --workspace} and $CSP_PLANNER_WORKSPACE win over it.
 */
public final class WorkspaceChoice {

    private static final String KEY = "workspace.folder";

    private final Preferences node;

    public WorkspaceChoice(Preferences node) {
        this.node = node;
    }

    public static WorkspaceChoice forUser() {
        return new WorkspaceChoice(Preferences.userRoot().node("org/cspplanner/csp-planner"));
    }

    public Optional<Path> folder() {
        String value = node.get(KEY, "");
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    public void choose(Path folder) {
        node.put(KEY, folder.toAbsolutePath().normalize().toString());
        flush();
    }

    /** Back to the operating system's data folder. */
    public void reset() {
        node.remove(KEY);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException("The workspace setting could not be saved: " + e.getMessage(), e);
        }
    }
}
