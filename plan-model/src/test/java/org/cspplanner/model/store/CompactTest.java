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
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleted text is gone from the file after compact. Titles are random markers, so that they can be found in the
 * compressed, compacted file too: the kept plan's marker must be found there, the deleted one's must not.
 */
class CompactTest {

    @TempDir
    Path dir;

    private static Plan titled(String marker) {
        return FullPlan.create().toBuilder().title("Plan " + marker).build();
    }

    @Test
    void aDeletedPlansTitleStaysInTheFileUntilCompactedThenIsGone() {
        String keptMarker = FileBytes.marker(1);
        String doomedMarker = FileBytes.marker(2);
        Plan kept = titled(keptMarker);
        Plan doomed = titled(doomedMarker);
        Workspace w = Workspace.open(dir);
        PlanService plans = new PlanService(w);
        plans.addPlan(kept);
        plans.addPlan(doomed);
        plans.deletePlan(doomed.id());
        Path file = w.databaseFile();
        assertTrue(FileBytes.containsPartOf(file, doomedMarker), "before compact, deleted text is still readable in the file");

        w.closeCompacted();

        assertTrue(FileBytes.containsPartOf(file, keptMarker), "the search must work on the compacted file");
        assertFalse(FileBytes.containsPartOf(file, doomedMarker));
        try (Workspace reopened = Workspace.open(dir)) {
            PlanService after = new PlanService(reopened);
            assertEquals(1, after.listPlans().size());
            assertEquals(kept, after.loadPlan(kept.id()));
        }
    }

    @Test
    void aRemovedPersonsNameIsGoneFromTheFileAfterCompact() {
        String name = FileBytes.marker(3);
        String keptMarker = FileBytes.marker(4);
        Plan plan = titled(keptMarker);
        List<Officer> officers = new ArrayList<>(plan.officers());
        officers.add(new Officer(null, name, "Wyvern Vale DC"));
        Workspace w = Workspace.open(dir);
        PlanService plans = new PlanService(w);
        plans.addPlan(plan.toBuilder().officers(officers).build());
        plans.savePlanDetails(plan);
        assertFalse(plans.loadPlan(plan.id()).officers().stream().anyMatch(o -> o.name().equals(name)));
        Path file = w.databaseFile();
        assertTrue(FileBytes.containsPartOf(file, name), "before compact, the removed name is still readable in the file");

        w.closeCompacted();

        assertTrue(FileBytes.containsPartOf(file, keptMarker), "the search must work on the compacted file");
        assertFalse(FileBytes.containsPartOf(file, name));
    }

    @Test
    void aProtectedWorkspaceCanBeCompactedAndOpenedAgain() {
        try (Workspace w = Workspace.open(dir, "pw".toCharArray())) {
            new PlanService(w).addPlan(titled("x"));
        }
        Workspace.open(dir, "pw".toCharArray()).closeCompacted();
        try (Workspace w = Workspace.open(dir, "pw".toCharArray())) {
            assertEquals("Plan x", new PlanService(w).listPlans().get(0).title());
        }
    }
}
