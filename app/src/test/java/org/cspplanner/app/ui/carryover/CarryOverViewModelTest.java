package org.cspplanner.app.ui.carryover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cspplanner.app.ui.carryover.CarryOverRow.Choice;
import org.cspplanner.app.ui.tools.WorkbenchFixture;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Update;
import org.junit.jupiter.api.Test;

class CarryOverViewModelTest extends WorkbenchFixture {

    private CarryOverRow row(CarryOverViewModel model, int i) {
        return model.rows().get(i);
    }

    private static Action byCode(Plan plan, String code) {
        return plan.actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theNewTitleIsNextYearsAndEveryActionNotCompleteIsCarriedToBeginWith() {
        CarryOverViewModel model = new CarryOverViewModel(bench);
        assertEquals("Wyvern Vale Community Safety Plan 2027/28", model.titleProperty().get());
        Plan sample = open();
        long open = sample.actions().filter(a -> a.status().isOpen()).count();
        assertEquals(open, model.count(Choice.CARRY));
        assertEquals(sample.actionCount() - open, model.count(Choice.LEAVE));
        assertTrue(model.count(Choice.LEAVE) > 0, "the sample has complete actions to leave behind");
        assertTrue(model.rows().stream().filter(r -> r.choice() == Choice.LEAVE)
                .allMatch(r -> r.action().status() == ActionStatus.COMPLETE || !r.action().status().isOpen()));
    }

    @Test
    void aDropWithoutAReasonIsRefusedAndNothingIsWritten() {
        CarryOverViewModel model = new CarryOverViewModel(bench);
        CarryOverRow first = row(model, 0);
        first.choiceProperty().set(Choice.DROP);
        assertFalse(model.run());
        assertEquals("Give a reason for dropping " + first.code() + ".", model.errorProperty().get());
        assertEquals(1, service.listPlans().size());
    }

    @Test
    void carryOverAmendsAndDropsAsChosenAndUndoPutsEverythingBack() {
        Plan sample = open();
        CarryOverViewModel model = new CarryOverViewModel(bench);
        CarryOverRow amended = row(model, 0);
        CarryOverRow dropped = row(model, 1);
        amended.choiceProperty().set(Choice.AMEND);
        amended.titleProperty().set("Weekend patrols, now all year");
        amended.dueProperty().set("30/09/2027");
        amended.leadsProperty().set("Police; Helen Marsh (WVDC)");
        dropped.choiceProperty().set(Choice.DROP);
        dropped.reasonProperty().set("Funding ended");
        model.titleProperty().set("Wyvern Vale plan 2027/28");

        assertTrue(model.run(), model.errorProperty().get());

        Plan next = open();
        assertEquals("Wyvern Vale plan 2027/28", next.title());
        assertEquals(LocalDate.of(2027, 4, 1), next.periodStart());
        Action carried = next.actions().filter(a -> a.lineageId().equals(amended.action().lineageId())).findFirst().orElseThrow();
        assertEquals("Weekend patrols, now all year", carried.title());
        assertEquals(LocalDate.of(2027, 9, 30), carried.due().latestDay());
        assertEquals("Helen Marsh", carried.leads().get(1).officer());
        assertTrue(next.actions().noneMatch(a -> a.lineageId().equals(dropped.action().lineageId())));
        Action droppedInOld = byCode(service.loadPlan(sample.id()), dropped.code());
        assertEquals(ActionStatus.DROPPED, droppedInOld.status());
        assertTrue(droppedInOld.updates().stream().map(Update::text).anyMatch(t -> t.contains("Funding ended")));
        assertEquals("Undo carry-over to ‘Wyvern Vale plan 2027/28’", main.undoManager().undoLabelProperty().get());

        undo();
        assertEquals(List.of(sample.title()), titles());
        assertEquals(sample.actionCount(), service.loadPlan(sample.id()).actionCount());
        assertEquals(byCode(sample, dropped.code()), byCode(service.loadPlan(sample.id()), dropped.code()));
        assertEquals(sample.id(), open().id());

        redo();
        assertEquals(next.id(), open().id(), "redo survives the switch of plans that undo made");
        assertEquals(next, service.loadPlan(next.id()));
        assertEquals(ActionStatus.DROPPED, byCode(service.loadPlan(sample.id()), dropped.code()).status());
    }
}
