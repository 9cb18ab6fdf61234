package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cspplanner.app.ui.actions.ActionRow;
import org.cspplanner.app.ui.actions.RagChoice;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** Search, filters, the count of matches and the reporting period of the actions table. */
class FilteringTest extends ViewModelFixture {

    private int visible() {
        return model.actions().visibleRows().size();
    }

    @Test
    void thePeriodDefaultsToTheCurrentFinancialQuarter() {
        assertEquals(ReportingPeriod.of(2026, 3), model.periodProperty().get());
        assertTrue(model.periods().contains(ReportingPeriod.of(2026, 1)));
    }

    @Test
    void searchFindsWordsInUpdatesAndDetailsAndShowsTheCount() {
        int all = snapshot().actionCount();
        String word = snapshot().actions().flatMap(a -> a.updates().stream()).findFirst().orElseThrow().text().split(" ")[0];
        model.actions().searchTextProperty().set("ECINS");
        long expected = snapshot().actions().filter(a -> (a.title() + a.description() + a.outcome() + a.barriers()
                + a.updates().stream().map(u -> u.text()).toList() + a.milestones().stream().map(m -> m.text() + m.progress()).toList())
                .toLowerCase().contains("ecins")).count();
        assertEquals(expected, visible());
        assertTrue(expected > 0 && expected < all);
        assertEquals(expected + " of " + all + " actions match", model.actions().countTextProperty().get());
        model.actions().searchTextProperty().set(word);
        assertTrue(visible() >= 1);
    }

    @Test
    void everyWordOfTheSearchMustMatch() {
        model.actions().searchTextProperty().set("ecins zzqx");
        assertEquals(0, visible());
    }

    @Test
    void filtersByRagUseTheChosenPeriod() {
        model.periodProperty().set(ReportingPeriod.of(2026, 2));
        model.actions().ragProperty().set(RagChoice.AMBER);
        assertTrue(visible() > 0);
        assertTrue(model.actions().visibleRows().stream().allMatch(r -> r.rag() == Rag.AMBER));
        long amberInQ2 = snapshot().actions()
                .filter(a -> ActionRow.ragFor(a, ReportingPeriod.of(2026, 2), ReportingPeriod.of(2026, 3)) == Rag.AMBER).count();
        assertEquals(amberInQ2, visible());
    }

    @Test
    void overdueShowsOpenActionsPastTheirDueDate() {
        model.actions().overdueOnlyProperty().set(true);
        assertTrue(model.actions().visibleRows().stream().anyMatch(r -> r.action().code().equals("1.4")));
        assertTrue(model.actions().visibleRows().stream().allMatch(r -> r.action().isOverdue(TODAY)));
    }

    @Test
    void noUpdateThisQuarterShowsOpenActionsWithoutOne() {
        model.actions().noUpdateOnlyProperty().set(true);
        int before = visible();
        choose("1.1");
        model.editor().addUpdate("Met.", Rag.GREEN, "", TODAY);
        assertEquals(before - 1, visible());
    }

    @Test
    void leadAndStatusFiltersCombineWithTheThemeScope() {
        model.actions().leadProperty().set("Police");
        int police = visible();
        assertTrue(police > 0);
        model.actions().showScope(snapshot().themes().get(0).id(), null);
        assertTrue(visible() <= police);
        model.actions().statusProperty().set(ActionStatus.COMPLETE);
        assertTrue(model.actions().visibleRows().stream().allMatch(r -> r.action().status() == ActionStatus.COMPLETE));
        model.actions().clearFilters();
        assertEquals(snapshot().themes().get(0).actions().size(), visible());
    }

    @Test
    void nextAndPreviousActionFollowTheVisibleOrder() {
        model.actions().selectNeighbour(1);
        assertEquals("1.1", model.editor().action().code());
        model.actions().selectNeighbour(1);
        assertEquals("1.2", model.editor().action().code());
        model.actions().selectNeighbour(-1);
        model.actions().selectNeighbour(-1);
        assertEquals("1.1", model.editor().action().code());
    }

    @Test
    void anEditedActionThatNoLongerMatchesLeavesTheFilteredList() {
        choose("1.1");
        model.editor().setRag(Rag.AMBER);
        model.actions().ragProperty().set(RagChoice.RED);
        int reds = visible();
        model.editor().setRag(Rag.RED);
        assertEquals(reds + 1, visible());
        model.editor().setRag(Rag.GREEN);
        assertEquals(reds, visible());
    }
}
