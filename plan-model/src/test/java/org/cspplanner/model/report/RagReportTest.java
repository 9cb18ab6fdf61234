package org.cspplanner.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Actual;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;

class RagReportTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.of(2026, 1);
    private static final ReportingPeriod Q2 = ReportingPeriod.of(2026, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    /** Six actions whose states were chosen to hit every rule once. */
    private static Plan smallPlan() {
        Action redFromGreen = action("1.1", ActionStatus.IN_PROGRESS, 2027, Rag.GREEN, Rag.RED);
        Action amberNew = action("1.2", ActionStatus.IN_PROGRESS, 2027, null, Rag.AMBER);
        Action completedNow = action("1.3", ActionStatus.COMPLETE, 2026, Rag.GREEN, Rag.GREEN);
        Action silentOverdue = action("2.1", ActionStatus.IN_PROGRESS, 2026, Rag.AMBER, null);
        Action greenSteady = action("2.2", ActionStatus.IN_PROGRESS, 2027, Rag.GREEN, Rag.GREEN).toBuilder()
                .targets(List.of(new Target(null, "Repeat callers", "callers", Polarity.LOWER_IS_BETTER,
                        new BigDecimal("50"), "2025/26", new BigDecimal("40"), null, new BigDecimal("5"),
                        List.of(new Actual(Q1, new BigDecimal("47")), new Actual(Q2, new BigDecimal("44"))))))
                .build();
        Action amberSame = action("2.3", ActionStatus.IN_PROGRESS, 2027, Rag.AMBER, Rag.AMBER);
        return Plan.builder("Small plan").financialYear(new FinancialYear(2026))
                .themes(List.of(Theme.of("1", "Theme one", List.of(redFromGreen, amberNew, completedNow)),
                        Theme.of("2", "Theme two", List.of(silentOverdue, greenSteady, amberSame))))
                .build();
    }

    private static Action action(String code, ActionStatus status, int dueYear, Rag q1, Rag q2) {
        Action.Builder b = Action.builder("Action " + code).code(code).status(status)
                .leads(List.of(Lead.officer("Lead " + code, "WVDC")))
                .due(DueDate.of(LocalDate.of(dueYear, 9, 30)));
        var updates = new java.util.ArrayList<Update>();
        if (q1 != null) {
            updates.add(Update.of(Q1, Q1.end(), "Lead " + code, "Q1 note for " + code, q1));
        }
        if (q2 != null) {
            updates.add(Update.of(Q2, Q2.end(), "Lead " + code, "Q2 note for " + code, q2));
        }
        return b.updates(updates).build();
    }

    @Test
    void countsEachThemeAndThePlanAgainstTheHandCountedStates() {
        RagReport report = RagReport.of(smallPlan(), Q2, TODAY);

        assertEquals(new RagCounts(1, 1, 0, 1, 0), report.themes().get(0).now());
        assertEquals(new RagCounts(0, 0, 2, 0, 1), report.themes().get(0).before());
        assertEquals(new RagCounts(0, 1, 1, 0, 1), report.themes().get(1).now());
        assertEquals(new RagCounts(0, 2, 1, 0, 0), report.themes().get(1).before());
        assertEquals(new RagCounts(1, 2, 1, 1, 1), report.totals().now());
        assertEquals(new RagCounts(1, 0, -2, 1, 0), report.totals().change());
        assertEquals(6, report.totals().now().total());
    }

    @Test
    void listsRedExceptionsBeforeAmberWithLeadNarrativeAndChange() {
        List<ExceptionLine> exceptions = RagReport.of(smallPlan(), Q2, TODAY).exceptions();

        assertEquals(List.of("1.1", "1.2", "2.3"), exceptions.stream().map(e -> e.action().code()).toList());
        assertEquals("Green \u2192 Red (worse)", exceptions.get(0).change());
        assertEquals("Q2 note for 1.1", exceptions.get(0).narrative());
        assertEquals("Lead 1.1 WVDC", exceptions.get(0).action().leadsDisplay());
        assertEquals("New (not rated in Q1 2026/27)", exceptions.get(1).change());
        assertEquals("Unchanged since Q1 2026/27", exceptions.get(2).change());
    }

    @Test
    void listsOpenActionsWithoutAnUpdateAndThoseOverdue() {
        RagReport report = RagReport.of(smallPlan(), Q2, TODAY);

        assertEquals(List.of("2.1"), report.noUpdate().stream().map(Action::code).toList());
        assertEquals(List.of("2.1"), report.overdue().stream().map(Action::code).toList());
    }

    @Test
    void judgesATargetsDirectionByItsPolarity() {
        TargetLine line = RagReport.of(smallPlan(), Q2, TODAY).targets().get(0);

        assertEquals(Direction.BETTER, line.direction(), "44 after 47 is better when lower is better");
        assertEquals(Rag.AMBER, line.rag().orElseThrow(), "44 is within 5 of 40");
        assertEquals("44 callers (Q2 2026/27)", line.latestDisplay());
        assertEquals("50 callers (2025/26)", line.baselineDisplay());
        assertEquals("Better \u2191", line.direction().display());
    }

    @Test
    void countsTheSamplePlansSecondQuarterAsCountedByHand() {
        RagReport report = RagReport.of(SamplePlan.create(), Q2, TODAY);

        assertEquals(new RagCounts(2, 1, 1, 1, 0), report.themes().get(0).now());
        assertEquals(new RagCounts(0, 2, 2, 1, 0), report.themes().get(0).before());
        assertEquals(new RagCounts(0, 1, 3, 1, 0), report.themes().get(1).now());
        assertEquals(new RagCounts(1, 2, 1, 0, 1), report.themes().get(1).before());
        assertEquals(new RagCounts(1, 2, 1, 0, 1), report.themes().get(2).now());
        assertEquals(new RagCounts(0, 1, 3, 0, 1), report.themes().get(2).before());
        assertEquals(new RagCounts(0, 1, 2, 0, 2), report.themes().get(3).now());
        assertEquals(new RagCounts(1, 1, 3, 0, 0), report.themes().get(3).before());
        assertEquals(new RagCounts(3, 5, 7, 2, 3), report.totals().now());
        assertEquals(new RagCounts(2, 6, 9, 1, 2), report.totals().before());
    }

    @Test
    void findsTheSamplePlansExceptionsNoUpdatesAndOverdueActions() {
        RagReport report = RagReport.of(SamplePlan.create(), Q2, TODAY);

        assertEquals(List.of("1.3", "1.4", "3.4", "1.1", "2.4", "3.2", "3.3", "4.3"),
                report.exceptions().stream().map(e -> e.action().code()).toList());
        assertEquals(List.of("3.5", "4.4", "4.5"), report.noUpdate().stream().map(Action::code).toList());
        assertEquals(List.of("1.4"), report.overdue().stream().map(Action::code).toList());
    }

    @Test
    void computesTheSamplePlansTargetsFromTheirActuals() {
        List<TargetLine> targets = RagReport.of(SamplePlan.create(), Q2, TODAY).targets();

        assertEquals(12, targets.size(), "2 + 3 + 3 + 4 targets across the four themes");
        TargetLine cases = targets.get(0);
        assertEquals("1.1", cases.action().code());
        assertEquals(Rag.AMBER, cases.rag().orElseThrow(), "88% against 90% with 5 points' tolerance");
        assertEquals(Direction.BETTER, cases.direction());
        TargetLine entrants = targets.stream().filter(t -> t.action().code().equals("3.4")).findFirst().orElseThrow();
        assertEquals(Rag.RED, entrants.rag().orElseThrow(), "7 against 5, lower is better");
        assertEquals(Direction.WORSE, entrants.direction());
        TargetLine schools = targets.stream().filter(t -> t.action().code().equals("3.3")).findFirst().orElseThrow();
        assertEquals(Direction.SAME, schools.direction(), "2 schools in both quarters");
        TargetLine marac = targets.stream().filter(t -> t.action().code().equals("2.2")).findFirst().orElseThrow();
        assertEquals("28\u201340%", marac.targetDisplay());
        assertEquals(Direction.BETTER, marac.direction(), "31% is inside the range, 26% was below it");
    }

    @Test
    void highlightsCompletionsImprovementsAndTargetsMet() {
        List<Highlight> highlights = RagReport.of(SamplePlan.create(), Q2, TODAY).highlights();

        assertTrue(highlights.stream().anyMatch(h -> h.action().code().equals("2.5")
                && h.what().equals("Completed this quarter")));
        assertTrue(highlights.stream().anyMatch(h -> h.action().code().equals("1.2")
                && h.what().equals("Improved: Amber \u2192 Green")));
        assertTrue(highlights.stream().anyMatch(h -> h.what().equals("Target met")
                && h.detail().startsWith("ASB incidents reported to police")));
    }
}
