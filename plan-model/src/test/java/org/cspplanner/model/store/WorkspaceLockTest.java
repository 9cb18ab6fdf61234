package org.cspplanner.model.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process on an open workspace is told so at once; after the first one is killed the lock is gone by itself. */
class WorkspaceLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsToldWithinTwoSecondsAndTheLockGoesWhenTheFirstIsKilled() throws Exception {
        try (Workspace w = Workspace.open(dir)) {
            new PlanService(w).addPlan(SamplePlan.create());
        }
        try (ChildJvm first = ChildJvm.start(HoldOpenChild.class, dir.toString())) {
            assertNotNull(first.awaitLine("OPEN", 60_000), "the first process did not open the workspace");

            long t0 = System.nanoTime();
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
            long refusedMillis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
            assertTrue(refusedMillis < 2000, "refusal took " + refusedMillis + " ms");

            first.kill();
            long t1 = System.nanoTime();
            try (Workspace w = Workspace.open(dir)) {
                long reopenMillis = (System.nanoTime() - t1) / 1_000_000;
                assertTrue(new PlanService(w).listPlans().size() == 1);
                System.out.printf("Lock test: 'already open' after %d ms; reopened after kill -9 in %d ms%n",
                        refusedMillis, reopenMillis);
            }
        }
    }
}
