package org.cspplanner.model.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cspplanner.model.FullPlan;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, tampered and hostile backups are refused with a reason, before anything in the workspace changes. */
class HostileBackupTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private BackupService backups;
    private byte[] good;
    private String contentBefore;
    private final org.cspplanner.model.Plan full = FullPlan.create();

    @BeforeEach
    void workspaceAndAGoodBackupOfAnotherOne() throws Exception {
        try (Workspace other = Workspace.open(dir.resolve("other"))) {
            new PlanService(other).addPlan(SamplePlan.create());
            new PlanService(other).addPlan(full);
            new BackupService(other).backupTo(dir.resolve("good.cspbackup"));
        }
        good = Files.readAllBytes(dir.resolve("good.cspbackup"));
        workspace = Workspace.open(dir.resolve("ws"));
        backups = new BackupService(workspace);
        new PlanService(workspace).addPlan(FullPlan.create().toBuilder().id(null).title("Only plan here").build());
        contentBefore = WorkspaceContent.digest(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Restores the bytes and checks the refusal: the message, the time taken, and that nothing changed. */
    private void assertRefused(byte[] file, String expectedInMessage) throws Exception {
        Path path = dir.resolve("hostile-" + UUID.randomUUID() + ".cspbackup");
        Files.write(path, file);
        BackupException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(BackupException.class, () -> backups.restore(path)));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        assertEquals(contentBefore, WorkspaceContent.digest(workspace));
        assertEquals(0, backups.automaticBackups().size(), "no safety backup either: nothing was written");
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String planEntry() {
        return "plans/" + SamplePlan.create().id() + ".json";
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        assertRefused(java.util.Arrays.copyOf(good, good.length / 2), "cannot be restored");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused(new byte[0], "not a zip file");
    }

    @Test
    void aPlanFileInsteadOfABackupIsRefused() throws Exception {
        assertRefused(new org.cspplanner.model.json.PlanJson().toBytes(SamplePlan.create()), "not a zip file");
    }

    @Test
    void aFlippedByteInThePlansOrTheManifestIsRefused() throws Exception {
        for (int at : new int[] {60, good.length / 4, good.length / 3, good.length / 2}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x5A;
            assertRefused(bad, "cannot be restored");
        }
    }

    @Test
    void aFlippedByteAnywhereIsEitherRefusedOrProvablyHarmless() throws Exception {
        String goodDigest = backups.verify(write(good)).contentDigest();
        int refused = 0;
        int harmless = 0;
        for (int at = 0; at < good.length; at += 37) {
            byte[] bad = good.clone();
            bad[at] ^= 0x01;
            Path file = write(bad);
            try {
                // A flip in zip bookkeeping the reader never relies on (a timestamp, the central directory) changes nothing.
                assertEquals(goodDigest, backups.verify(file).contentDigest(), "byte " + at);
                harmless++;
            } catch (BackupException e) {
                refused++;
            }
        }
        assertTrue(refused > harmless, refused + " refused, " + harmless + " harmless");
        assertEquals(contentBefore, WorkspaceContent.digest(workspace));
    }

    private Path write(byte[] bytes) throws Exception {
        Path path = dir.resolve("flip-" + UUID.randomUUID() + ".cspbackup");
        Files.write(path, bytes);
        return path;
    }

    @Test
    void anEditedPlanIsRefusedByItsChecksum() throws Exception {
        Map<String, byte[]> e = entries(good);
        String json = new String(e.get(planEntry()), StandardCharsets.UTF_8);
        e.put(planEntry(), json.replace("Wyvern Vale", "Wyvern Vile").getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(e), "checksum does not match");
    }

    @Test
    void anEditedPlanWithARecomputedEntryChecksumIsRefusedByTheOverallChecksum() throws Exception {
        Map<String, byte[]> e = entries(good);
        byte[] oldPlan = e.get(planEntry());
        byte[] newPlan = new String(oldPlan, StandardCharsets.UTF_8).replace("Wyvern Vale", "Wyvern Vile")
                .getBytes(StandardCharsets.UTF_8);
        e.put(planEntry(), newPlan);
        String manifest = new String(e.get("manifest.json"), StandardCharsets.UTF_8)
                .replace(WorkspaceContent.sha256Hex(oldPlan), WorkspaceContent.sha256Hex(newPlan));
        e.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(e), "overall checksum does not match");
    }

    @Test
    void aBackupWithoutItsManifestIsRefused() throws Exception {
        Map<String, byte[]> e = entries(good);
        e.remove("manifest.json");
        assertRefused(zip(e), "no table of contents");
    }

    @Test
    void anExtraFileInTheZipIsRefused() throws Exception {
        Map<String, byte[]> e = entries(good);
        e.put("restore.sql", "DROP ALL OBJECTS".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(e), "a file a backup never has (restore.sql)");
    }

    @Test
    void aPathTraversalNameIsRefused() throws Exception {
        Map<String, byte[]> e = entries(good);
        e.put("../../workspace.mv.db", new byte[10]);
        assertRefused(zip(e), "a file a backup never has");
    }

    @Test
    void aListedPlanThatIsMissingIsRefused() throws Exception {
        Map<String, byte[]> e = entries(good);
        e.remove(planEntry());
        assertRefused(zip(e), "listed but missing");
    }

    @Test
    void aDuplicatedEntryIsRefused() throws Exception {
        Map<String, byte[]> e = entries(good);
        String other = "plans/" + full.id() + ".json";
        // ZipOutputStream refuses duplicate names, so write two names of equal length and make them equal in the bytes.
        byte[] raw = zip(e);
        String zipText = new String(raw, StandardCharsets.ISO_8859_1).replace(other, planEntry());
        assertRefused(zipText.getBytes(StandardCharsets.ISO_8859_1), "twice");
    }

    @Test
    void aZipBombIsRefusedQuicklyWithoutUnpackingIt() throws Exception {
        Map<String, byte[]> e = entries(good);
        e.put(planEntry(), new byte[100 << 20]);
        byte[] bomb = zip(e);
        assertTrue(bomb.length < 1 << 20, "a small file: " + bomb.length);
        long start = System.nanoTime();
        assertRefused(bomb, "more than 64 MB");
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    @Test
    void aValidlyChecksummedButInvalidPlanIsRefused() throws Exception {
        Map<String, byte[]> e = entries(good);
        byte[] oldPlan = e.get(planEntry());
        byte[] newPlan = "{\"format\":\"csp-plan\",\"version\":1,\"plan\":{\"title\":1,\"title\":2}}".getBytes(StandardCharsets.UTF_8);
        e.put(planEntry(), newPlan);
        String manifest = new String(e.get("manifest.json"), StandardCharsets.UTF_8)
                .replace(WorkspaceContent.sha256Hex(oldPlan), WorkspaceContent.sha256Hex(newPlan))
                .replace("\"size\" : " + oldPlan.length, "\"size\" : " + newPlan.length);
        e.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(e), "is not a valid plan");
    }

    @Test
    void aManifestWithDuplicateKeysIsRefused() throws Exception {
        Map<String, byte[]> e = entries(good);
        String manifest = new String(e.get("manifest.json"), StandardCharsets.UTF_8).replaceFirst("\\{", "{\"version\":1,");
        e.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(e), "not valid JSON");
    }

    @Test
    void aBackupFromAFutureVersionIsRefusedWithTheVersion() throws Exception {
        Map<String, byte[]> e = entries(good);
        String manifest = new String(e.get("manifest.json"), StandardCharsets.UTF_8).replace("\"version\" : 1", "\"version\" : 7");
        e.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(e), "format version 7");
    }

    @Test
    void anEncryptedBackupNeedsThePassword() throws Exception {
        Path file = dir.resolve("enc.cspbackup");
        try (Workspace w = Workspace.open(dir.resolve("enc"), "one".toCharArray())) {
            new PlanService(w).addPlan(SamplePlan.create());
            new BackupService(w).backupTo(file);
        }
        assertRefused(Files.readAllBytes(file), "protected by a password");
    }

    @Test
    void anEncryptedBackupWithAnotherPasswordOrAChangedByteIsRefused() throws Exception {
        Path file = dir.resolve("enc.cspbackup");
        try (Workspace w = Workspace.open(dir.resolve("enc"), "one".toCharArray())) {
            new PlanService(w).addPlan(SamplePlan.create());
            new BackupService(w).backupTo(file);
        }
        byte[] sealed = Files.readAllBytes(file);
        sealed[sealed.length / 2] ^= 1;
        Files.write(file, sealed);
        try (Workspace w = Workspace.open(dir.resolve("enc"), "one".toCharArray())) {
            String before = WorkspaceContent.digest(w);
            BackupException e = assertThrows(BackupException.class, () -> new BackupService(w).restore(file));
            assertTrue(e.getMessage().contains("another password, or it has been damaged or changed"), e.getMessage());
            assertEquals(before, WorkspaceContent.digest(w));
        }
    }
}
