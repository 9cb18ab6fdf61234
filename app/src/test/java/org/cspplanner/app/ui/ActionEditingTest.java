package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cspplanner.app.ui.editor.ActionEditorViewModel;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** The editing rules of the action editor: each change is saved at once, named, and can be undone and redone. */
class ActionEditingTest extends ViewModelFixture {

    @Test
    void changingTheRagIsSavedAtOnceAndNamedInTheUndoMenu() {
        choose("1.2");
        assertTrue(model.editor().setRag(Rag.RED));
        assertEquals(Rag.RED, storedAction("1.2").rag());
        assertEquals("Undo change RAG of 1.2 to Red", model.undoManager().undoLabelProperty().get());
        assertEquals("All changes saved", model.statusProperty().get());
    }

    @Test
    void undoPutsTheOldRagBackOnDiskAndRedoAppliesItAgain() {
        Action before = choose("1.2");
        model.editor().setRag(Rag.RED);
        model.undo();
        assertEquals(before.rag(), storedAction("1.2").rag());
        assertEquals(before.rag(), model.editor().action().rag());
        assertEquals("Redo change RAG of 1.2 to Red", model.undoManager().redoLabelProperty().get());
        model.redo();
        assertEquals(Rag.RED, storedAction("1.2").rag());
        assertEquals(Rag.RED, model.actions().selectedProperty().get().rag());
    }

    @Test
    void theSnapshotStaysTheSameAsTheWorkspaceAfterEdits() {
        choose("2.1");
        model.editor().setTitle("Fund a full-time IDVA");
        model.editor().setStatus(ActionStatus.COMPLETE);
        model.editor().setLeads("Amira Haddad (WCC); Police");
        assertEquals(stored(), snapshot());
    }

    @Test
    void aBlankTitleIsRefusedWithAMessageAndNothingIsRecorded() {
        Action before = choose("1.1");
        assertFalse(model.editor().setTitle("   "));
        assertEquals(ActionEditorViewModel.TITLE_REQUIRED, model.editor().messageProperty().get());
        assertEquals(before.title(), storedAction("1.1").title());
        assertEquals(0, model.undoManager().undoCount());
    }

    @Test
    void settingTheSameValueAgainIsNotAnEdit() {
        Action a = choose("1.1");
        assertFalse(model.editor().setTitle(a.title()));
        assertFalse(model.editor().setStatus(a.status()));
        assertEquals(0, model.undoManager().undoCount());
    }

    @Test
    void leadsAreReadAsOfficersWithTheirOrganisationInBrackets() {
        choose("1.1");
        model.editor().setLeads("Helen Marsh (WVDC); Police");
        Action stored = storedAction("1.1");
        assertEquals("Helen Marsh WVDC, Police", stored.leadsDisplay());
        assertEquals("Helen Marsh (WVDC); Police", ActionEditorViewModel.leadsText(stored.leads()));
    }

    @Test
    void aDueDateOutsideThePlanPeriodGetsAWarningButIsKept() {
        choose("1.1");
        LocalDate late = LocalDate.of(2027, 6, 30);
        assertTrue(ActionEditorViewModel.dueDateWarning(late, snapshot()).orElseThrow().contains("01/04/2026 to 31/03/2027"));
        assertTrue(ActionEditorViewModel.dueDateWarning(LocalDate.of(2027, 3, 31), snapshot()).isEmpty());
        assertTrue(model.editor().setDue(late));
        assertEquals("30/06/2027", storedAction("1.1").due().display());
        assertEquals("Undo change due date of 1.1 to 30/06/2027", model.undoManager().undoLabelProperty().get());
    }

    @Test
    void aDueDateCanBeSetToAMonthAndUndone() {
        choose("1.1");
        DueDate before = storedAction("1.1").due();
        assertTrue(model.editor().setDue(LocalDate.of(2027, 3, 12), DueDate.Precision.MONTH));
        assertEquals("2027-03", storedAction("1.1").due().iso());
        assertEquals("Undo change due date of 1.1 to March 2027", model.undoManager().undoLabelProperty().get());
        model.undo();
        assertEquals(before, storedAction("1.1").due());
        assertEquals(DueDate.Precision.DAY, storedAction("1.1").due().precision());
    }

    @Test
    void aQuarterDueDateKeepsItsPrecisionWhenItsDayIsPickedAgain() {
        Action a = choose("1.3");
        assertEquals(DueDate.Precision.QUARTER, a.due().precision());
        assertFalse(model.editor().setDue(ActionEditorViewModel.day(a.due()), ActionEditorViewModel.precisionOf(a.due())));
        assertTrue(model.editor().setDue(LocalDate.of(2027, 2, 1)));
        assertEquals("Q4 2026/27", storedAction("1.3").due().iso(), "a new day keeps the quarter precision");
    }

    @Test
    void editingAnotherFieldLeavesAMonthDueDateUntouched() {
        choose("1.1");
        assertTrue(model.editor().setDue(LocalDate.of(2027, 3, 12), DueDate.Precision.MONTH));
        assertTrue(model.editor().setTitle("Weekend patrols in the town centre"));
        assertTrue(model.editor().setBarriers("Two partners short of staff"));
        assertEquals("2027-03", storedAction("1.1").due().iso());
        assertEquals(3, model.undoManager().undoCount());
    }

    @Test
    void addingAnUpdateRecordsItForTheChosenQuarterAndSetsTheRag() {
        choose("1.1");
        assertEquals("Add update for Q3 2026/27", model.editor().addUpdateLabelProperty().get());
        assertTrue(model.editor().addUpdate("Group met three times; 14 cases reviewed.", Rag.GREEN, "Helen Marsh", TODAY));
        Action stored = storedAction("1.1");
        assertEquals(ReportingPeriod.of(2026, 3), stored.latestUpdate().orElseThrow().period());
        assertEquals(Rag.GREEN, stored.rag());
        assertEquals("Undo add Q3 2026/27 update to 1.1", model.undoManager().undoLabelProperty().get());
        assertTrue(model.actions().selectedProperty().get().hasUpdateInPeriod());
    }

    @Test
    void undoingAnUpdateRemovesExactlyThatUpdate() {
        Action before = choose("1.1");
        model.editor().addUpdate("Met twice.", Rag.RED, "HM", TODAY);
        model.undo();
        Action stored = storedAction("1.1");
        assertEquals(before.updates().size(), stored.updates().size());
        assertEquals(before.rag(), stored.rag());
        model.redo();
        assertEquals(before.updates().size() + 1, storedAction("1.1").updates().size());
    }

    @Test
    void anUpdateNeedsTextOrARag() {
        choose("1.1");
        assertFalse(model.editor().addUpdate("  ", null, "", TODAY));
        assertEquals(0, model.undoManager().undoCount());
    }

    @Test
    void milestonesCanBeAddedChangedAndTheAdditionUndone() {
        Action a = choose("1.1");
        int before = a.milestones().size();
        assertTrue(model.editor().milestones().add("Review the protocol with partners"));
        assertEquals(a.code() + (char) ('a' + before), storedAction("1.1").milestones().get(before).code());
        assertTrue(model.editor().milestones().setDue(before, "31/01/2027"));
        assertEquals("31/01/2027", storedAction("1.1").milestones().get(before).due().display());
        assertFalse(model.editor().milestones().setDue(before, "next week"));
        model.undo();
        model.undo();
        assertEquals(before, storedAction("1.1").milestones().size());
    }

    @Test
    void targetNumbersMustBeNumbersAndTheRagIsWorkedOutFromThem() {
        choose("1.1");
        model.editor().targets().add("Repeat callers");
        int i = storedAction("1.1").targets().size() - 1;
        assertTrue(model.editor().targets().setTarget(i, "100"));
        assertFalse(model.editor().targets().setBaseline(i, "about ten"));
        assertEquals("Enter a number, such as 120 or 81.5", model.editor().messageProperty().get());
        assertTrue(model.editor().targets().setActual(i, ReportingPeriod.of(2026, 3), "1,050"));
        var target = storedAction("1.1").targets().get(i);
        assertEquals(new BigDecimal("1050"), target.actualIn(ReportingPeriod.of(2026, 3)).orElseThrow().value());
        assertEquals(Rag.GREEN, model.editor().targets().ragAt(target).orElseThrow());
    }

    @Test
    void clearingTheRagIsNamedAsNotRated() {
        choose("1.2");
        model.editor().setRag(null);
        assertNull(storedAction("1.2").rag());
        assertEquals("Undo change RAG of 1.2 to not rated", model.undoManager().undoLabelProperty().get());
    }
}
