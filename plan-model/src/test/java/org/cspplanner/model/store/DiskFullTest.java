package org.cspplanner.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.cspplanner.model.FullPlan;
import org.cspplanner.model.Plan;
import org.cspplanner.model.backup.BackupException;
import org.cspplanner.model.backup.BackupService;
import org.cspplanner.model.backup.WorkspaceContent;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk: a small tmpfs mounted for the test. It needs root (or CAP_SYS_ADMIN) on Linux and is
 * skipped, saying why, where mounting is not allowed.
 */
class DiskFullTest {

    @TempDir
    Path temp;

    private Path disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectory(temp.resolve("small-disk"));
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "tmpfs mounts need Linux");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()) == 0,
                "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): disk-full test skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (run("umount", disk.toString()) != 0) {
            run("umount", "-l", disk.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** Writes until the disk refuses; returns the filler file, whose deletion frees the space again. */
    private Path fillTheDisk() throws IOException {
        Path filler = disk.resolve("filler");
        byte[] chunk = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (;;) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            assertTrue(full.getMessage().contains("No space left"), full.getMessage());
        }
        return filler;
    }

    @Test
    void aSaveOnAFullDiskGivesAClearMessageAndLosesNothingSavedBefore() throws Exception {
        Path ws = disk.resolve("ws");
        List<Plan> saved = new ArrayList<>();
        Workspace workspace = Workspace.open(ws);
        PlanService plans = new PlanService(workspace);
        plans.addPlan(SamplePlan.create());
        saved.add(SamplePlan.create());
        Path filler = fillTheDisk();

        StoreException e = assertThrows(StoreException.class, () -> {
            for (int i = 0; i < 200; i++) {
                Plan p = FullPlan.create().toBuilder().id(UUID.randomUUID()).title("Plan " + i).build();
                plans.addPlan(p);
                saved.add(p);
            }
        });
        assertTrue(e.getMessage().startsWith("The disk is full"), e.getMessage());
        StoreException after = assertThrows(StoreException.class, plans::listPlans);
        assertTrue(after.getMessage().contains("close and reopen"), after.getMessage());
        workspace.close();

        Files.delete(filler);
        try (Workspace reopened = Workspace.open(ws)) {
            assertEquals(WorkspaceContent.digest(saved), WorkspaceContent.digest(reopened));
            new PlanService(reopened).addPlan(FullPlan.create());
            assertEquals(saved.size() + 1, new PlanService(reopened).listPlans().size());
        }
    }

    @Test
    void aBackupToAFullDiskSaysSoAndLeavesThePreviousBackupIntact(@TempDir Path elsewhere) throws Exception {
        try (Workspace w = Workspace.open(elsewhere)) {
            new PlanService(w).addPlan(SamplePlan.create());
            Path backup = disk.resolve("plans.cspbackup");
            BackupService backups = new BackupService(w);
            backups.backupTo(backup);
            byte[] previous = Files.readAllBytes(backup);
            new PlanService(w).addPlan(FullPlan.create());
            fillTheDisk();

            BackupException e = assertThrows(BackupException.class, () -> backups.backupTo(backup));

            assertTrue(e.getMessage().contains("the disk is full") && e.getMessage().contains("unchanged"), e.getMessage());
            assertTrue(java.util.Arrays.equals(previous, Files.readAllBytes(backup)));
            assertEquals(1, backups.verify(backup).planCount());
            try (var left = Files.list(disk)) {
                assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".part")).toList());
            }
        }
    }

    @Test
    void openingAWorkspaceOnAFullDiskSaysTheDiskIsFull() throws Exception {
        fillTheDisk();
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(disk.resolve("new")));
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
    }
}
