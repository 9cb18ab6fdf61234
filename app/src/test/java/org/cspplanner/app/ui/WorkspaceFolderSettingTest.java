package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.cspplanner.app.WorkspaceChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFolderSettingTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("org/cspplanner/test-" + System.nanoTime());
    private final WorkspaceChoice choice = new WorkspaceChoice(node);

    @AfterEach
    void removeTestPreferences() throws Exception {
        node.removeNode();
    }

    @Test
    void aChosenFolderIsRememberedForTheNextStart() {
        FakeDialogService dialogs = new FakeDialogService().answer(dir.resolve("shared"));
        assertTrue(new WorkspaceFolderSetting(dialogs, choice, dir.resolve("current")).change());
        assertEquals(Optional.of(dir.resolve("shared").toAbsolutePath()), choice.folder());
        assertTrue(dialogs.information.get(0).contains("the next time it starts"), dialogs.information.toString());
    }

    @Test
    void cancellingOrChoosingTheSameFolderChangesNothing() {
        FakeDialogService dialogs = new FakeDialogService().answer(null).answer(dir.resolve("current"));
        WorkspaceFolderSetting setting = new WorkspaceFolderSetting(dialogs, choice, dir.resolve("current"));
        assertFalse(setting.change());
        assertFalse(setting.change());
        assertEquals(Optional.empty(), choice.folder());
    }

    @Test
    void aFolderNameWithUrlSyntaxIsRefused() {
        FakeDialogService dialogs = new FakeDialogService().answer(dir.resolve("x;INIT=RUNSCRIPT"));
        assertFalse(new WorkspaceFolderSetting(dialogs, choice, dir.resolve("current")).change());
        assertEquals(Optional.empty(), choice.folder());
        assertEquals(1, dialogs.errors.size());
    }
}
