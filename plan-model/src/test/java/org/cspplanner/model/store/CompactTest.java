package org.cspplanner.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.model.FullPlan;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Plan;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactTest {

    @TempDir
    Path dir;

    @Test
    void aDeletedPlansTitleStaysInTheFileUntilCompactedThenIsGone() {
        Plan doomed = FullPlan.create().toBuilder().title("Operation Quillfeather Harbourside 2031").build();
        Plan kept = SamplePlan.create();
        Workspace w = Workspace.open(dir);
        PlanService plans = new PlanService(w);
        plans.addPlan(kept);
        plans.addPlan(doomed);
        plans.deletePlan(doomed.id());
        Path file = w.databaseFile();
        assertTrue(FileBytes.contains(file, doomed.title()), "before compact, deleted text is still readable in the file");

        w.closeCompacted();

        assertFalse(FileBytes.contains(file, doomed.title()));
        try (Workspace reopened = Workspace.open(dir)) {
            PlanService after = new PlanService(reopened);
            assertEquals(1, after.listPlans().size());
            assertEquals(kept, after.loadPlan(kept.id()));
        }
    }

    @Test
    void aRemovedPersonsNameIsGoneFromTheFileAfterCompact() {
        String name = "Zebedee Marchbanks-Ottoline";
        Plan plan = FullPlan.create();
        List<Officer> officers = new ArrayList<>(plan.officers());
        officers.add(new Officer(null, name, "Wyvern Vale DC"));
        Plan withPerson = plan.toBuilder().officers(officers).build();
        Workspace w = Workspace.open(dir);
        PlanService plans = new PlanService(w);
        plans.addPlan(withPerson);
        plans.savePlanDetails(plan);
        assertFalse(plans.loadPlan(plan.id()).officers().stream().anyMatch(o -> o.name().equals(name)));
        Path file = w.databaseFile();
        assertTrue(FileBytes.contains(file, name), "before compact, the removed name is still readable in the file");

        w.closeCompacted();

        assertFalse(FileBytes.contains(file, name));
    }

    @Test
    void aProtectedWorkspaceCanBeCompactedAndOpenedAgain() {
        try (Workspace w = Workspace.open(dir, "pw".toCharArray())) {
            new PlanService(w).addPlan(FullPlan.create());
        }
        Workspace.open(dir, "pw".toCharArray()).closeCompacted();
        try (Workspace w = Workspace.open(dir, "pw".toCharArray())) {
            assertEquals(FullPlan.create().title(), new PlanService(w).listPlans().get(0).title());
        }
    }
}
