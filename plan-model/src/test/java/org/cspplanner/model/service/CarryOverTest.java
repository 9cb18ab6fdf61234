package org.cspplanner.model.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Actual;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarryOverTest {

    static final ReportingPeriod Q3 = ReportingPeriod.of(2024, 3);
    static final StrategicSection PREVENTION = new StrategicSection(null, "1", "Prevention");

    static Action underWay() {
        Target target = new Target(null, "Repeat victims supported within 5 days", "%", Polarity.HIGHER_IS_BETTER,
                new BigDecimal("60"), "2023/24", new BigDecimal("85"), null, null,
                List.of(new Actual(ReportingPeriod.of(2024, 1), new BigDecimal("70")), new Actual(Q3, new BigDecimal("81"))));
        return Action.builder("Support identified high-risk victims of ASB").code("1.2.3")
                .leads(List.of(Lead.officer("Rob Mitchell", "FDC")))
                .start(DueDate.of(LocalDate.of(2024, 4, 1)))
                .due(DueDate.of(LocalDate.of(2025, 3, 31)))
                .status(ActionStatus.IN_PROGRESS).rag(Rag.AMBER).sectionId(PREVENTION.id())
                .milestones(List.of(
                        new Milestone(null, "1.2.3a", "Risk matrix in use", null, "", null, ActionStatus.COMPLETE, Rag.GREEN, "Done"),
                        new Milestone(null, "1.2.3b", "Planned interventions", null, "", DueDate.ofMonth(YearMonth.of(2024, 12)),
                                ActionStatus.IN_PROGRESS, Rag.AMBER, "Half done")))
                .targets(List.of(target))
                .updates(List.of(Update.of(Q3, null, "", "21 victims supported", Rag.AMBER)))
                .build();
    }

    static Plan lastYear() {
        Action notStarted = Action.builder("Refresh the CSP website").code("1.2.4")
                .due(DueDate.ofMonth(YearMonth.of(2025, 6))).build();
        Action complete = Action.builder("Produce a cyber-bullying toolkit").code("1.2.5").status(ActionStatus.COMPLETE).rag(Rag.GREEN).build();
        Action toDrop = Action.builder("Pilot a youth cafe").code("2.1.1").status(ActionStatus.IN_PROGRESS).build();
        Action toAmend = Action.builder("Deliver four media campaigns").code("2.1.2").status(ActionStatus.IN_PROGRESS)
                .due(DueDate.ofQuarter(ReportingPeriod.of(2024, 4))).rag(Rag.RED).build();
        return Plan.builder("Fenland CSP delivery plan 2024/25").partnership("Fenland CSP")
                .financialYear(new FinancialYear(2024))
                .organisations(List.of(Organisation.of("Fenland District Council", "FDC")))
                .strategicSections(List.of(PREVENTION))
                .glossary(List.of(new GlossaryTerm("ASB", "Anti-social behaviour")))
                .themes(List.of(Theme.of("1", "Public confidence", List.of(underWay(), notStarted, complete)),
                        Theme.of("2", "Young people", List.of(toDrop, toAmend))))
                .build();
    }

    static Action byCode(Plan plan, String code) {
        return plan.actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void byDefaultEveryOpenActionIsCarriedAndCompletedOnesAreNot() {
        Plan old = lastYear();
        CarryOver.Result r = CarryOver.carryOver(old, CarryOver.defaultDecisions(old), "Fenland CSP delivery plan 2025/26");
        assertEquals(List.of("1.2.3", "1.2.4", "2.1.1", "2.1.2"), r.newPlan().actions().map(Action::code).toList());
        assertEquals(ActionStatus.COMPLETE, byCode(r.oldPlan(), "1.2.5").status());
        assertEquals(4, r.carried());
    }

    @Test
    void carriedActionsKeepTheirLineageButStartAfreshWithoutUpdatesOrRag() {
        Plan old = lastYear();
        Plan next = CarryOver.carryOver(old, CarryOver.defaultDecisions(old), "2025/26").newPlan();
        Action before = byCode(old, "1.2.3");
        Action after = byCode(next, "1.2.3");
        assertNotEquals(before.id(), after.id());
        assertEquals(before.lineageId(), after.lineageId());
        assertTrue(after.updates().isEmpty());
        assertNull(after.rag());
        assertEquals(ActionStatus.IN_PROGRESS, after.status());
        assertEquals(ActionStatus.NOT_STARTED, byCode(next, "1.2.4").status());
        assertEquals(List.of(Lead.officer("Rob Mitchell", "FDC")), after.leads());
        assertEquals(List.of("1.2.3b"), after.milestones().stream().map(Milestone::code).toList(), "completed milestones stay behind");
        assertNull(after.milestones().get(0).rag());
        assertEquals("", after.milestones().get(0).progress());
    }

    @Test
    void dueDatesInsideTheOldPeriodMoveOnAYearAtTheSamePrecision() {
        Plan old = lastYear();
        Plan next = CarryOver.carryOver(old, CarryOver.defaultDecisions(old), "2025/26").newPlan();
        assertEquals(DueDate.of(LocalDate.of(2026, 3, 31)), byCode(next, "1.2.3").due());
        assertEquals(DueDate.of(LocalDate.of(2025, 4, 1)), byCode(next, "1.2.3").start());
        assertEquals(DueDate.ofMonth(YearMonth.of(2025, 12)), byCode(next, "1.2.3").milestones().get(0).due());
        assertEquals(DueDate.ofMonth(YearMonth.of(2025, 6)), byCode(next, "1.2.4").due(), "June 2025 was already beyond the old plan");
        assertEquals(DueDate.ofQuarter(ReportingPeriod.of(2025, 4)), byCode(next, "2.1.2").due());
    }

    @Test
    void targetsTakeTheLastActualAsTheirNewBaseline() {
        Plan old = lastYear();
        Target t = byCode(CarryOver.carryOver(old, CarryOver.defaultDecisions(old), "2025/26").newPlan(), "1.2.3").targets().get(0);
        assertEquals(new BigDecimal("81"), t.baseline());
        assertEquals("Q3 2024/25", t.baselinePeriod());
        assertEquals(new BigDecimal("85"), t.target());
        assertTrue(t.actuals().isEmpty());
        assertNotEquals(byCode(old, "1.2.3").targets().get(0).id(), t.id());
    }

    @Test
    void theOldPlanMarksCarriedActionsAndRecordsWhyOthersWereDropped() {
        Plan old = lastYear();
        Map<UUID, CarryOver.Decision> decisions = new LinkedHashMap<>(CarryOver.defaultDecisions(old));
        decisions.put(byCode(old, "2.1.1").id(), new CarryOver.Drop("No venue found"));
        Action amended = byCode(old, "2.1.2").toBuilder().title("Deliver two media campaigns").build();
        decisions.put(amended.id(), new CarryOver.Amend(amended));
        CarryOver.Result r = CarryOver.carryOver(old, decisions, "2025/26");

        assertEquals(ActionStatus.CARRIED_OVER, byCode(r.oldPlan(), "1.2.3").status());
        Action dropped = byCode(r.oldPlan(), "2.1.1");
        assertEquals(ActionStatus.DROPPED, dropped.status());
        Update note = dropped.latestUpdate().orElseThrow();
        assertEquals("Dropped at carry-over: No venue found", note.text());
        assertEquals(ReportingPeriod.of(2024, 4), note.period());
        assertEquals(CarryOver.SOURCE, note.source());
        assertTrue(r.newPlan().actions().noneMatch(a -> a.code().equals("2.1.1")));
        Action carriedAmended = byCode(r.newPlan(), "2.1.2");
        assertEquals("Deliver two media campaigns", carriedAmended.title());
        assertEquals(amended.lineageId(), carriedAmended.lineageId());
        assertNull(carriedAmended.rag());
        assertEquals(1, r.dropped());
        assertEquals(3, r.carried());
    }

    @Test
    void themesPartnersGlossaryAndSectionsComeAcrossForTheNextFinancialYear() {
        Plan old = lastYear();
        Plan next = CarryOver.carryOver(old, CarryOver.defaultDecisions(old), "Fenland CSP delivery plan 2025/26").newPlan();
        assertEquals("Fenland CSP delivery plan 2025/26", next.title());
        assertEquals("2025/26", next.periodLabel());
        assertEquals(old.id(), next.predecessorId());
        assertEquals(List.of("Public confidence", "Young people"), next.themes().stream().map(Theme::title).toList());
        assertNotEquals(old.themes().get(0).id(), next.themes().get(0).id());
        assertEquals("FDC", next.organisations().get(0).shortName());
        assertEquals(old.glossary(), next.glossary());
        assertEquals(old.ragScheme(), next.ragScheme());
        assertEquals(next.strategicSections().get(0).id(), byCode(next, "1.2.3").sectionId());
        assertNotEquals(PREVENTION.id(), next.strategicSections().get(0).id());
    }

    @Test
    void aRollingPlanMovesOnByItsOwnLength() {
        LocalDate[] p = CarryOver.nextPeriod(LocalDate.of(2009, 4, 1), LocalDate.of(2012, 3, 31));
        assertEquals(LocalDate.of(2012, 4, 1), p[0]);
        assertEquals(LocalDate.of(2015, 3, 31), p[1]);
    }

    @Test
    void savingACarryOverWritesBothPlansInOneStepAndUndoTakesItBack(@TempDir Path folder) {
        try (Workspace ws = Workspace.open(folder)) {
            PlanService plans = new PlanService(ws);
            Plan old = lastYear();
            plans.addPlan(old);
            Map<UUID, CarryOver.Decision> decisions = new LinkedHashMap<>(CarryOver.defaultDecisions(old));
            decisions.put(byCode(old, "2.1.1").id(), new CarryOver.Drop("No venue found"));
            CarryOverService service = new CarryOverService(ws);
            CarryOver.Result r = service.carryOver(old, decisions, "Fenland CSP delivery plan 2025/26");

            assertEquals(2, plans.listPlans().size());
            assertEquals(r.newPlan(), plans.loadPlan(r.newPlan().id()));
            Plan storedOld = plans.loadPlan(old.id());
            assertEquals(ActionStatus.CARRIED_OVER, byCode(storedOld, "1.2.3").status());
            assertEquals("Dropped at carry-over: No venue found", byCode(storedOld, "2.1.1").latestUpdate().orElseThrow().text());

            service.undo(r);
            assertEquals(1, plans.listPlans().size());
            assertEquals(old, plans.loadPlan(old.id()));
        }
    }
}
