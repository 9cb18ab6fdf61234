package org.cspplanner.model.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspplanner.model.FullPlan;
import org.cspplanner.model.Plan;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.FileBytes;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private PlanService plans;
    private BackupService backups;
    private final Plan full = FullPlan.create();

    @BeforeEach
    void openWorkspaceWithTwoPlans() {
        workspace = Workspace.open(dir.resolve("ws"));
        plans = new PlanService(workspace);
        backups = new BackupService(workspace);
        plans.addPlan(SamplePlan.create());
        plans.addPlan(full);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void restoringABackupBringsBackExactlyThePlansThatWereBackedUp() {
        String before = WorkspaceContent.digest(workspace);
        BackupService.Summary written = backups.backupTo(dir.resolve("all.cspbackup"));
        assertEquals(2, written.planCount());

        plans.deletePlan(SamplePlan.create().id());
        plans.addPlan(FullPlan.create().toBuilder().id(null).title("A plan added after the backup").build());
        assertFalse(before.equals(WorkspaceContent.digest(workspace)));

        BackupService.Restored restored = backups.restore(dir.resolve("all.cspbackup"));

        assertEquals(2, restored.planCount());
        assertEquals(before, WorkspaceContent.digest(workspace));
        assertEquals(SamplePlan.create(), plans.loadPlan(SamplePlan.create().id()));
    }

    @Test
    void restoreFirstSavesWhatWasThereSoThatItCanBeUndone() {
        backups.backupTo(dir.resolve("two.cspbackup"));
        plans.deletePlan(full.id());
        String beforeRestore = WorkspaceContent.digest(workspace);

        BackupService.Restored restored = backups.restore(dir.resolve("two.cspbackup"));
        assertEquals(beforeRestore, backups.verify(restored.previousContents()).contentDigest());

        backups.restore(restored.previousContents());
        assertEquals(beforeRestore, WorkspaceContent.digest(workspace));
    }

    @Test
    void automaticBackupsKeepOnlyTheNewestFew() {
        for (int i = 0; i < 5; i++) {
            plans.addPlan(FullPlan.create().toBuilder().id(null).title("Plan " + i).build());
            assertTrue(backups.automaticBackup(3).isPresent());
        }
        List<Path> kept = backups.automaticBackups();
        assertEquals(3, kept.size());
        assertEquals(WorkspaceContent.digest(workspace), backups.verify(kept.get(0)).contentDigest());
        assertEquals(5, backups.verify(kept.get(2)).planCount());
    }

    @Test
    void anAutomaticBackupIsSkippedWhenNothingChangedSinceTheLastOne() {
        assertTrue(backups.automaticBackup(10).isPresent());
        assertTrue(backups.automaticBackup(10).isEmpty());
        plans.deletePlan(full.id());
        assertTrue(backups.automaticBackup(10).isPresent());
        assertEquals(2, backups.automaticBackups().size());
    }

    @Test
    void keepingZeroTurnsAutomaticBackupsOff() {
        assertTrue(backups.automaticBackup(0).isEmpty());
        assertEquals(List.of(), backups.automaticBackups());
    }

    @Test
    void aBackupOfAProtectedWorkspaceIsEncryptedAndRestoresWithThePassword() {
        Path secret = dir.resolve("secret");
        Path file = dir.resolve("secret.cspbackup");
        try (Workspace w = Workspace.open(secret, "s3cret".toCharArray())) {
            new PlanService(w).addPlan(SamplePlan.create());
            new BackupService(w).backupTo(file);
        }
        assertFalse(FileBytes.contains(file, "manifest.json"));
        assertFalse(FileBytes.contains(file, SamplePlan.create().title()));
        try (Workspace w = Workspace.open(dir.resolve("elsewhere"), "s3cret".toCharArray())) {
            assertEquals(1, new BackupService(w).restore(file).planCount());
            assertEquals(SamplePlan.create(), new PlanService(w).loadPlan(SamplePlan.create().id()));
        }
    }

    @Test
    void aBackupFileIsReplacedOnlyByACompleteOne() throws Exception {
        Path file = dir.resolve("b.cspbackup");
        backups.backupTo(file);
        byte[] first = Files.readAllBytes(file);
        plans.deletePlan(full.id());
        backups.backupTo(file);
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(file)));
        assertEquals(1, backups.verify(file).planCount());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
        }
    }
}
