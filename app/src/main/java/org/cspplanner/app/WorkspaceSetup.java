package org.cspplanner.app;

import java.nio.file.Path;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;

/**
 * Opens a workspace and, the very first time, puts the sample plan in it so a new user has something to see;
 * then takes the automatic backup.
 */
public final class WorkspaceSetup {
    private WorkspaceSetup() {
    }

    public static PlanService open(Path folder, boolean addSampleIfNew) {
        return open(folder, null, addSampleIfNew);
    }

    /** As {@link #open(Path, boolean)}, for a workspace protected by a password (null: none); the caller clears it. */
    public static PlanService open(Path folder, char[] password, boolean addSampleIfNew) {
        boolean isNew = !folder.resolve(Workspace.DATABASE_NAME + ".mv.db").toFile().exists();
        Workspace workspace = Workspace.open(folder, password);
        PlanService plans = new PlanService(workspace);
        if (isNew && addSampleIfNew && plans.listPlans().isEmpty()) {
            plans.addPlan(SamplePlan.create());
        }
        AutomaticBackups.afterOpen(workspace);
        return plans;
    }
}
