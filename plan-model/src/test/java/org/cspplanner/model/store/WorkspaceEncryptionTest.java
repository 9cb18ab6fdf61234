package org.cspplanner.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.cspplanner.model.Plan;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceEncryptionTest {

    private static final Plan SAMPLE = SamplePlan.create();

    @TempDir
    Path dir;

    private static char[] password() {
        return "correct horse battery staple".toCharArray();
    }

    private Path createWithSample(Path folder, char[] password) {
        try (Workspace w = Workspace.open(folder, password)) {
            new PlanService(w).addPlan(SAMPLE);
            return w.databaseFile();
        }
    }

    /** A plan titled with a random marker, which can be searched for even in a compressed, compacted file. */
    private static Plan marked(String marker) {
        return org.cspplanner.model.FullPlan.create().toBuilder().title("Plan " + marker).partnership("CSP " + marker).build();
    }

    @Test
    void aPlainWorkspaceFileShowsThePlanTitleSoTheSearchBelowMeansSomething() {
        String marker = FileBytes.marker(11);
        try (Workspace w = Workspace.open(dir.resolve("plain"))) {
            new PlanService(w).addPlan(marked(marker));
            assertTrue(FileBytes.contains(w.databaseFile(), marker), "while open");
        }
        Path file = dir.resolve("plain").resolve("workspace.mv.db");
        assertTrue(FileBytes.containsPartOf(file, marker), "after the compacting close");
        assertFalse(Workspace.isEncrypted(file));
    }

    @Test
    void aProtectedWorkspaceFileHoldsNoPlanText() {
        String marker = FileBytes.marker(12);
        Path file;
        try (Workspace w = Workspace.open(dir.resolve("secret"), password())) {
            new PlanService(w).addPlan(marked(marker));
            new PlanService(w).addPlan(SAMPLE);
            file = w.databaseFile();
            assertFalse(FileBytes.containsPartOf(file, marker), "while open");
            assertFalse(FileBytes.contains(file, SAMPLE.title()), "while open");
        }
        assertTrue(Workspace.isEncrypted(file));
        assertFalse(FileBytes.containsPartOf(file, marker));
        assertFalse(FileBytes.contains(file, SAMPLE.title()));
        assertFalse(FileBytes.contains(file, SAMPLE.partnership()));
        assertFalse(FileBytes.contains(file, SAMPLE.themes().get(0).title()));
        assertFalse(FileBytes.contains(file, SAMPLE.officers().get(0).name()));
    }

    @Test
    void theRightPasswordOpensTheWorkspaceWithItsPlans() {
        createWithSample(dir, password());
        try (Workspace w = Workspace.open(dir, password())) {
            assertEquals(SAMPLE, new PlanService(w).loadPlan(SAMPLE.id()));
            assertTrue(w.key().isPresent());
        }
    }

    @Test
    void aWrongPasswordIsRefusedClearlyAndLeavesTheFileUntouched() throws Exception {
        Path file = createWithSample(dir, password());
        String before = FileBytes.sha256(file);
        FileTime modified = Files.getLastModifiedTime(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir, "Correct horse".toCharArray()));
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
        assertEquals(before, FileBytes.sha256(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        try (Workspace w = Workspace.open(dir, password())) {
            assertEquals(1, new PlanService(w).listPlans().size());
        }
    }

    @Test
    void aProtectedWorkspaceOpenedWithoutAPasswordAsksForOne() {
        Path file = createWithSample(dir, password());
        String before = FileBytes.sha256(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("protected by a password"), e.getMessage());
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void aPlainWorkspaceOpenedWithAPasswordSaysItHasNone() {
        Path file = createWithSample(dir, null);
        String before = FileBytes.sha256(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir, password()));
        assertTrue(e.getMessage().contains("not protected by a password"), e.getMessage());
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void aPasswordWithSpacesAndAccentsWorks() {
        char[] odd = "  café au lait ☕ ".toCharArray();
        createWithSample(dir, odd.clone());
        try (Workspace w = Workspace.open(dir, odd.clone())) {
            assertEquals(1, new PlanService(w).listPlans().size());
        }
        assertThrows(WorkspaceException.class, () -> Workspace.open(dir, "café au lait ☕".toCharArray()));
    }
}
