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

    @Test
    void aPlainWorkspaceFileShowsThePlanTitleSoTheGrepBelowMeansSomething() {
        Path file = createWithSample(dir.resolve("plain"), null);
        assertTrue(FileBytes.contains(file, SAMPLE.title()));
        assertFalse(Workspace.isEncrypted(file));
    }

    @Test
    void aProtectedWorkspaceFileHoldsNoPlanText() {
        Path file = createWithSample(dir.resolve("secret"), password());
        assertTrue(Workspace.isEncrypted(file));
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
