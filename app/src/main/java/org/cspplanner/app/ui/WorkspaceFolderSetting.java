package org.cspplanner.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.cspplanner.app.WorkspaceChoice;
import org.cspplanner.app.ui.dialog.DialogService;

/** "Workspace folder…": where CSP Planner keeps its workspace, used from the next start on. */
public final class WorkspaceFolderSetting {

    private final DialogService dialogs;
    private final WorkspaceChoice choice;
    private final Path current;

    public WorkspaceFolderSetting(DialogService dialogs, WorkspaceChoice choice, Path current) {
        this.dialogs = dialogs;
        this.choice = choice;
        this.current = current;
    }

    /** Asks for a folder and remembers it; true when the setting changed. */
    public boolean change() {
        Optional<Path> chosen = dialogs.chooseFolder("Workspace folder", current);
        if (chosen.isEmpty() || chosen.get().toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize())) {
            return false;
        }
        if (chosen.get().toString().contains(";")) {
            dialogs.showError("Workspace folder", "A workspace folder's name may not contain ';'. Choose another folder.");
            return false;
        }
        choice.choose(chosen.get());
        dialogs.showInformation("Workspace folder", "CSP Planner will open the workspace in " + chosen.get()
                + " the next time it starts. If that folder holds no workspace yet, a new one is made there.");
        return true;
    }
}
