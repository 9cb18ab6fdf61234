package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cspplanner.model.Plan;
import org.cspplanner.model.backup.BackupException;
import org.cspplanner.model.backup.BackupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File › Restore from backup, on a real workspace and real backup files: checked, confirmed, restored, undoable. */
class RestoreBackupTest extends ViewModelFixture {

    private BackupService backups;
    private Path backup;
    private List<Plan> backedUp;
    private List<Plan> edited;

    /** A backup of the sample plan alone; then the workspace moves on: a second plan and a retitled action. */
    @BeforeEach
    void backUpThenEdit() {
        backups = new BackupService(service.workspace());
        backedUp = allPlans();
        backup = backups.backupTo(folder.resolve("before.cspbackup")).file();
        model.newPlan("Safer Wyvern 2026/27");
        model.selectedPlanProperty().set(model.plans().stream().filter(p -> p.id().equals(backedUp.get(0).id())).findFirst().orElseThrow());
        choose("1.1");
        assertTrue(model.editor().setTitle("Retitled after the backup"));
        edited = allPlans();
        assertNotEquals(backedUp, edited);
    }

    @Test
    void aGoodBackupReplacesEveryPlanAfterSayingWhatItHolds() {
        List<Boolean> restoring = new ArrayList<>();
        model.restoringProperty().addListener((o, was, now) -> restoring.add(now));
        dialogs.answer(backup).answer(true);
        model.restoreBackup();

        assertEquals(backups.automaticFolder(), dialogs.initialFolders.get(0), "the chooser starts in the backups folder");
        String question = dialogs.confirmations.get(0);
        assertTrue(question.matches("Replace all 2 plans in this workspace with the 1 plan of the backup made on "
                + "\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\? The current plans are saved to a backup first.*"), question);
        assertEquals(backedUp, allPlans());
        assertEquals(backedUp.get(0), snapshot(), "the window shows the restored plan, read afresh");
        assertEquals(1, model.plans().size());
        assertEquals(List.of(true, false), restoring, "the window takes no edits while the plans are replaced");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void undoPutsBackThePlansTheRestoreReplacedAndRedoRestoresAgain() {
        dialogs.answer(backup).answer(true);
        model.restoreBackup();
        assertEquals("Undo restore from backup ‘before.cspbackup’", model.undoManager().undoLabelProperty().get());

        model.undo();
        assertEquals(edited, allPlans());
        assertEquals(2, model.plans().size());
        assertEquals("Retitled after the backup", snapshot().actions().filter(a -> a.code().equals("1.1")).findFirst().orElseThrow().title());

        model.redo();
        assertEquals(backedUp, allPlans());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aTamperedBackupIsRefusedWithItsOwnMessageAndChangesNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 3] ^= 0x5A;
        Path tampered = Files.write(folder.resolve("tampered.cspbackup"), bytes);
        String reason = assertThrows(BackupException.class, () -> backups.verify(tampered)).getMessage();
        int automaticBefore = backups.automaticBackups().size();
        int undoBefore = model.undoManager().undoCount();

        model.restoreBackup(tampered);

        assertEquals(List.of("The backup cannot be restored: " + reason), dialogs.errors);
        assertTrue(reason.contains("cannot be restored"), reason);
        assertTrue(dialogs.confirmations.isEmpty(), "nothing is asked about a damaged backup");
        assertEquals(edited, allPlans());
        assertEquals(automaticBefore, backups.automaticBackups().size(), "no safety backup was written");
        assertEquals(undoBefore, model.undoManager().undoCount());
    }

    @Test
    void cancellingTheQuestionOrTheChooserChangesNothing() {
        int automaticBefore = backups.automaticBackups().size();
        int undoBefore = model.undoManager().undoCount();
        dialogs.answer(backup).answer(false);
        model.restoreBackup();
        dialogs.answer(null);
        model.restoreBackup();

        assertEquals(1, dialogs.confirmations.size(), "the cancelled chooser asks nothing more");
        assertEquals(edited, allPlans());
        assertEquals(automaticBefore, backups.automaticBackups().size());
        assertEquals(undoBefore, model.undoManager().undoCount());
        assertTrue(model.statusProperty().get().startsWith("Restore cancelled"), model.statusProperty().get());
    }

    private List<Plan> allPlans() {
        return service.listPlans().stream().map(s -> service.loadPlan(s.id()))
                .sorted(Comparator.comparing(p -> p.id().toString())).toList();
    }
}
