package org.cspplanner.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore, compact and --password-file, as a user runs them. */
class ReliabilityCommandsTest {

    @TempDir
    Path dir;

    private Cli cli;
    private Path sampleFile;

    @BeforeEach
    void sampleFile() throws Exception {
        cli = new Cli(dir.resolve("ws"));
        sampleFile = Files.write(dir.resolve("sample.json"), new PlanJson().toBytes(SamplePlan.create()));
    }

    @Test
    void backupThenRestoreBringsBackADeletedPlan() {
        assertEquals(0, cli.run("import", sampleFile.toString()).exit());
        String before = cli.contentDigest();
        Cli.Run backup = cli.run("backup", "-o", dir.resolve("ws.cspbackup").toString());
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().contains("Backed up 1 plan to"), backup.out());

        assertEquals(0, cli.run("delete", SamplePlan.create().title()).exit());
        assertTrue(cli.run("plans").out().contains("no plans yet"));

        Cli.Run check = cli.run("restore", "--check", dir.resolve("ws.cspbackup").toString());
        assertTrue(check.out().contains("complete and undamaged: 1 plans"), check.out());
        assertTrue(cli.run("plans").out().contains("no plans yet"), "--check changes nothing");

        Cli.Run restore = cli.run("restore", dir.resolve("ws.cspbackup").toString());
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("Restored 1 plans"), restore.out());
        assertEquals(before, cli.contentDigest());
    }

    @Test
    void aDamagedBackupIsRefusedAndTheWorkspaceKeepsItsPlans() throws Exception {
        cli.run("import", sampleFile.toString());
        Path backup = dir.resolve("b.cspbackup");
        cli.run("backup", "-o", backup.toString());
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 3] ^= 0x40;
        Files.write(backup, bytes);
        cli.run("delete", SamplePlan.create().title());
        String before = cli.contentDigest();

        Cli.Run restore = cli.run("restore", backup.toString());

        assertEquals(1, restore.exit());
        assertTrue(restore.err().contains("cannot be restored") && restore.err().contains("Nothing was changed"), restore.err());
        assertEquals(before, cli.contentDigest());
    }

    @Test
    void compactRemovesADeletedPlansTitleFromTheFile() {
        String kept = FileBytes.marker(21);
        String doomed = FileBytes.marker(22);
        cli.run("import", sampleFile.toString(), "--title", kept);
        cli.run("import", sampleFile.toString(), "--title", doomed);
        cli.run("delete", doomed);
        Cli.Run compact = cli.run("compact");
        assertEquals(0, compact.exit(), compact.err());
        assertTrue(compact.out().contains("deleted text is gone"), compact.out());
        Path db = dir.resolve("ws").resolve("workspace.mv.db");
        assertTrue(FileBytes.containsPartOf(db, kept), "the search must work on the compacted file");
        assertFalse(FileBytes.containsPartOf(db, doomed));
        assertTrue(cli.run("plans").out().contains(kept));
    }

    @Test
    void aPasswordFileCreatesAnEncryptedWorkspaceAndAWrongOneIsRefusedClearly() throws Exception {
        Path good = Files.writeString(dir.resolve("pw.txt"), "Tr0ub4dor & 3\n", StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "tr0ub4dor & 3\n", StandardCharsets.UTF_8);
        assertEquals(0, cli.run("--password-file", good.toString(), "import", sampleFile.toString()).exit());
        Path db = dir.resolve("ws").resolve("workspace.mv.db");
        assertFalse(FileBytes.contains(db, SamplePlan.create().title()));
        String hash = FileBytes.sha256(db);

        Cli.Run wrong = cli.run("--password-file", bad.toString(), "plans");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("wrong password"), wrong.err());
        Cli.Run none = cli.run("plans");
        assertTrue(none.err().contains("protected by a password"), none.err());
        assertEquals(hash, FileBytes.sha256(db));

        assertTrue(cli.run("--password-file", good.toString(), "plans").out().contains(SamplePlan.create().title()));
        Path backup = dir.resolve("secret.cspbackup");
        assertEquals(0, cli.run("--password-file", good.toString(), "backup", "-o", backup.toString()).exit());
        assertFalse(FileBytes.contains(backup, "manifest.json"), "a plain backup names its manifest; this one is encrypted");
    }
}
