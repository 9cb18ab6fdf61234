package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cspplanner.app.ui.settings.PlanSettingsViewModel;
import org.cspplanner.app.ui.task.SynchronousTaskRunner;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.ProgressListener;
import org.junit.jupiter.api.Test;

/** Plan settings as one undoable edit, JSON import and export on the task runner, and errors a person can act on. */
class WorkspaceCommandsTest extends ViewModelFixture {

    @Test
    void planSettingsAreAppliedAsOneEditThatCanBeUndone() {
        String oldTitle = snapshot().title();
        PlanSettingsViewModel settings = model.settings();
        settings.titleProperty().set("Wyvern Vale Safer Communities Plan 2026/27");
        settings.glossary().add(new GlossaryTerm("SV", "Serious violence"));
        settings.redProperty().set("Off track: the board must act");
        assertTrue(settings.apply());
        assertEquals("Wyvern Vale Safer Communities Plan 2026/27", stored().title());
        assertTrue(stored().glossary().stream().anyMatch(g -> g.term().equals("SV")));
        assertEquals(snapshot().actionCount(), stored().actionCount());
        assertEquals("Undo change plan settings", model.undoManager().undoLabelProperty().get());
        model.undo();
        assertEquals(oldTitle, stored().title());
        assertEquals(oldTitle, snapshot().title());
    }

    @Test
    void settingsWithAProblemAreNotApplied() {
        PlanSettingsViewModel settings = model.settings();
        settings.titleProperty().set(" ");
        settings.funding().add(new PlanSettingsViewModel.FundingRow("Youth bus", "lots", "OPCC"));
        assertEquals(2, settings.problems().size());
        assertFalse(settings.apply());
        assertEquals(0, model.undoManager().undoCount());
    }

    @Test
    void exportThenImportGivesACopyOfThePlan() throws Exception {
        Path file = folder.resolve("plan.json");
        model.exportPlan(file);
        assertTrue(Files.size(file) > 1000);
        model.importPlan(file);
        assertEquals(2, service.listPlans().size());
        assertEquals(org.cspplanner.model.sample.SamplePlan.create().actionCount(), snapshot().actionCount());
        assertFalse(org.cspplanner.model.sample.SamplePlan.create().id().equals(snapshot().id()));
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aFileThatIsNotAPlanIsReportedAndAddsNothing() throws Exception {
        Path file = folder.resolve("notes.json");
        Files.writeString(file, "{\"hello\": 1}");
        model.importPlan(file);
        assertEquals(1, service.listPlans().size());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("The plan could not be imported"));
    }

    @Test
    void theSynchronousRunnerReportsCancellationToTheCaller() {
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        Throwable[] failure = new Throwable[1];
        runner.run("Long work", p -> {
            p.progress(0.5, "Half way");
            runner.cancel();
            p.checkCancelled();
            return "done";
        }, r -> { }, f -> failure[0] = f);
        assertTrue(failure[0] instanceof ProgressListener.CancelledException);
        assertEquals(0.5, runner.progressProperty().get());
        assertFalse(runner.runningProperty().get());
    }

    @Test
    void aSaveThatFailsIsReportedAndNotPutOnTheUndoStack() {
        choose("1.1");
        service.workspace().close();
        assertFalse(model.editor().setTitle("A new title"));
        assertEquals(1, dialogs.errors.size());
        assertEquals(0, model.undoManager().undoCount());
        assertTrue(model.statusProperty().get().startsWith("Not saved"));
        service = org.cspplanner.app.WorkspaceSetup.open(folder.resolve("ws"), false);
    }
}
