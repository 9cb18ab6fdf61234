package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cspplanner.model.Plan;
import org.cspplanner.model.store.PlanSummary;
import org.junit.jupiter.api.Test;

/** Creating, deleting and importing whole plans are undoable and redoable, and survive switching plans. */
class WorkspaceUndoTest extends ViewModelFixture {

    @Test
    void aDeletedPlanComesBackWholeOnUndoAndGoesAgainOnRedo() {
        Plan before = stored();
        dialogs.answer(true);
        assertTrue(model.deletePlan());
        assertTrue(service.listPlans().isEmpty());
        assertEquals("Undo delete plan ‘" + before.title() + "’", model.undoManager().undoLabelProperty().get());

        model.undo();
        assertEquals(before, service.loadPlan(before.id()));
        assertEquals(before.id(), snapshot().id(), "the restored plan is opened");
        assertEquals("Redo delete plan ‘" + before.title() + "’", model.undoManager().redoLabelProperty().get());

        model.redo();
        assertTrue(service.listPlans().isEmpty());
        assertTrue(model.undoManager().canUndoProperty().get());
    }

    @Test
    void theDeleteQuestionNoLongerSaysItCannotBeUndone() {
        dialogs.answer(false);
        assertFalse(model.deletePlan());
        assertFalse(dialogs.confirmations.get(0).contains("cannot be undone"), dialogs.confirmations.get(0));
        assertEquals(1, service.listPlans().size());
    }

    @Test
    void undoingANewPlanStillWorksAfterSwitchingToAnotherPlan() {
        Plan sample = snapshot();
        Plan created = model.newPlan("Safer Wyvern 2026/27");
        assertEquals(created.id(), snapshot().id());
        model.selectedPlanProperty().set(summary(sample));
        assertEquals(sample.id(), snapshot().id());
        assertEquals("Undo create plan ‘Safer Wyvern 2026/27’", model.undoManager().undoLabelProperty().get());

        model.undo();
        assertEquals(1, service.listPlans().size());
        assertEquals(sample.id(), service.listPlans().get(0).id());

        model.redo();
        assertEquals(2, service.listPlans().size());
        assertEquals(created.id(), snapshot().id());
    }

    @Test
    void switchingPlansForgetsThePlanEditsButKeepsTheWorkspaceEdits() {
        Plan sample = snapshot();
        model.newPlan("Safer Wyvern 2026/27");
        model.selectedPlanProperty().set(summary(sample));
        choose("1.1");
        assertTrue(model.editor().setTitle("Retitled"));
        assertEquals(2, model.undoManager().undoCount());

        Plan created = service.listPlans().stream().filter(p -> !p.id().equals(sample.id())).findFirst()
                .map(p -> service.loadPlan(p.id())).orElseThrow();
        model.selectedPlanProperty().set(summary(created));
        assertEquals(1, model.undoManager().undoCount());
        assertEquals("Undo create plan ‘Safer Wyvern 2026/27’", model.undoManager().undoLabelProperty().get());
        assertEquals("Retitled", storedAction(sample, "1.1").title(), "forgetting an edit does not take it back");
    }

    @Test
    void anImportedJsonPlanCanBeUndoneAndRedone() {
        Path file = folder.resolve("plan.json");
        model.exportPlan(file);
        model.importPlan(file);
        Plan imported = snapshot();
        assertEquals(2, service.listPlans().size());
        assertEquals("Undo import of ‘" + imported.title() + "’", model.undoManager().undoLabelProperty().get());

        model.undo();
        assertEquals(1, service.listPlans().size());
        assertFalse(imported.id().equals(snapshot().id()));

        model.redo();
        assertEquals(2, service.listPlans().size());
        assertEquals(imported, service.loadPlan(imported.id()));
        assertEquals(imported.id(), snapshot().id());
    }

    private PlanSummary summary(Plan p) {
        return model.plans().stream().filter(s -> s.id().equals(p.id())).findFirst().orElseThrow();
    }

    private org.cspplanner.model.Action storedAction(Plan p, String code) {
        return service.loadPlan(p.id()).actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }
}
