package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cspplanner.model.Action;
import org.cspplanner.model.Theme;
import org.junit.jupiter.api.Test;

/** Creating, renaming, reordering, moving and deleting themes and actions, and renumbering; all undoable. */
class PlanOutlineTest extends ViewModelFixture {

    @Test
    void aNewActionGoesIntoTheThemeInViewWithTheNextCodeAndIsChosen() {
        Theme second = snapshot().themes().get(1);
        model.actions().showScope(second.id(), null);
        dialogs.answer("Train GP receptionists to spot domestic abuse");
        Action added = model.outline().addAction().orElseThrow();
        assertEquals("2." + (second.actions().size() + 1), added.code());
        assertEquals(added.id(), model.editor().action().id());
        assertEquals(second.actions().size() + 1, stored().theme(second.id()).orElseThrow().actions().size());
        assertEquals("Undo add action " + added.code(), model.undoManager().undoLabelProperty().get());
    }

    @Test
    void cancellingTheNewActionQuestionAddsNothing() {
        int before = snapshot().actionCount();
        dialogs.answer(null);
        assertTrue(model.outline().addAction().isEmpty());
        assertEquals(before, stored().actionCount());
    }

    @Test
    void deletingAnActionAsksFirstAndUndoPutsItBackWithItsUpdates() {
        Action a = choose("1.2");
        dialogs.answer(true);
        assertTrue(model.outline().deleteAction(a));
        assertTrue(stored().action(a.id()).isEmpty());
        model.undo();
        Action back = stored().action(a.id()).orElseThrow();
        assertEquals(a, back);
        assertEquals(1, stored().themes().get(0).actions().indexOf(back));
    }

    @Test
    void deletingAThemeTakesItsActionsAndUndoRestoresThemAll() {
        Theme first = snapshot().themes().get(0);
        dialogs.answer(true);
        assertTrue(model.outline().deleteTheme(first));
        assertEquals(snapshot().themes().size(), stored().themes().size());
        assertFalse(stored().theme(first.id()).isPresent());
        model.undo();
        assertEquals(first, stored().themes().get(0));
    }

    @Test
    void aThemeCanBeAddedRenamedAndMoved() {
        dialogs.answer("Serious violence");
        Theme added = model.outline().addTheme().orElseThrow();
        assertEquals("5", added.code());
        assertTrue(model.outline().renameTheme(added, "Serious violence and knife crime"));
        assertTrue(model.outline().moveTheme(added, -1));
        List<Theme> themes = stored().themes();
        assertEquals("Serious violence and knife crime", themes.get(3).title());
        assertEquals("Undo move theme 5 Serious violence and knife crime up", model.undoManager().undoLabelProperty().get());
    }

    @Test
    void anActionMovesToAnotherThemeAndUndoBringsItBack() {
        Action a = choose("1.3");
        Theme third = snapshot().themes().get(2);
        dialogs.answer(third.heading());
        assertTrue(model.outline().moveActionToTheme(a));
        assertEquals(third.id(), stored().themeOf(a.id()).orElseThrow().id());
        assertEquals(a.id(), stored().theme(third.id()).orElseThrow().actions().get(third.actions().size()).id());
        model.undo();
        assertEquals(2, stored().themes().get(0).actions().indexOf(stored().action(a.id()).orElseThrow()));
    }

    @Test
    void anActionMovesDownItsThemeAndNotPastTheEnd() {
        Action a = choose("1.4");
        assertTrue(model.outline().moveAction(a, 1));
        assertEquals("1.4", stored().themes().get(0).actions().get(4).code());
        assertFalse(model.outline().moveAction(stored().action(a.id()).orElseThrow(), 1));
    }

    @Test
    void renumberingGivesCodesInPlanOrderAsOneUndoStep() {
        Action a = choose("1.4");
        model.outline().moveAction(a, -1);
        dialogs.answer(true);
        assertTrue(model.outline().renumber());
        List<Action> first = stored().themes().get(0).actions();
        assertEquals("1.3", first.get(2).code());
        assertEquals(a.id(), first.get(2).id());
        assertTrue(first.get(2).milestones().stream().allMatch(m -> m.code().startsWith("1.3")));
        assertEquals("Undo renumber codes", model.undoManager().undoLabelProperty().get());
        model.undo();
        assertEquals("1.4", stored().action(a.id()).orElseThrow().code());
    }

    @Test
    void aNewPlanStartsEmptyForTheCurrentFinancialYearAndIsOpened() {
        dialogs.answer("Safer Wyvern 2026/27");
        model.newPlan();
        assertEquals("Safer Wyvern 2026/27", snapshot().title());
        assertEquals("2026/27", snapshot().periodLabel());
        assertEquals(2, model.plans().size());
        assertEquals(0, model.actions().allCount());
    }

    @Test
    void deletingAPlanNeedsConfirmation() {
        dialogs.answer(false);
        assertFalse(model.deletePlan());
        assertEquals(1, service.listPlans().size());
        dialogs.answer(true);
        assertTrue(model.deletePlan());
        assertTrue(service.listPlans().isEmpty());
    }
}
