package org.cspplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

    private final Path home = Path.of("/home/officer");

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertEquals(Path.of("/home/officer/.local/share/csp-planner"), WorkspaceLocation.defaultFolder(Map.of(), "Linux", home));
        assertEquals(Path.of("/data/csp-planner"), WorkspaceLocation.defaultFolder(Map.of("XDG_DATA_HOME", "/data"), "Linux", home));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertEquals(Path.of("C:/Users/o/AppData/Local/CSP Planner"),
                WorkspaceLocation.defaultFolder(Map.of("LOCALAPPDATA", "C:/Users/o/AppData/Local"), "Windows 11", home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/officer/Library/Application Support/CSP Planner"),
                WorkspaceLocation.defaultFolder(Map.of(), "Mac OS X", home));
    }

    @Test
    void theEnvironmentOverrideWins() {
        assertEquals(Path.of("/tmp/ws"), WorkspaceLocation.defaultFolder(Map.of(WorkspaceLocation.ENV_OVERRIDE, "/tmp/ws"), "Linux", home));
    }
}
