package org.cspplanner.exporters.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;
import org.cspplanner.model.returns.ActionChange;
import org.cspplanner.model.returns.MergePreview;
import org.cspplanner.model.returns.Recipient;
import org.cspplanner.model.returns.ReturnFile;
import org.cspplanner.model.returns.ReturnIssue;
import org.cspplanner.model.returns.ReturnIssue.Kind;
import org.cspplanner.model.returns.ReturnsMerge;
import org.cspplanner.model.returns.ReturnsPlanner;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returns out and back in, end to end: generated for the sample plan, filled in with POI as partners would
 * (re-sorted, hidden, deleted and added rows, a code typed over, a wrong-plan and a previous-quarter file, one
 * action in two files), merged into a real workspace and checked field by field.
 */
class ReturnsRoundTripTest {

    static final ReportingPeriod Q3 = ReportingPeriod.of(2026, 3);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 18);

    @TempDir
    Path dir;

    private Workspace workspace;
    private PlanService plans;
    private final Plan plan = SamplePlan.create();
    private final List<Path> files = new ArrayList<>();

    @BeforeEach
    void workspaceWithTheSamplePlan() {
        workspace = Workspace.open(dir.resolve("ws"));
        plans = new PlanService(workspace);
        plans.addPlan(plan);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static byte[] returnFor(Plan plan, ReportingPeriod period, String organisation) {
        ReturnsPlanner.Assignment a = ReturnsPlanner.plan(plan, ReturnsPlanner.By.ORGANISATION).stream()
                .filter(x -> x.recipient().organisation().equals(organisation)).findFirst().orElseThrow();
        return new ReturnWorkbookWriter().write(new ReturnRequest(plan, period, a.recipient(), a.actions(),
                LocalDate.of(2027, 1, 8), "Helen Marsh, community.safety@wyvernvale.gov.uk",
                LocalDateTime.of(2026, 12, 1, 9, 30)));
    }

    private void partnersFillInTheirReturns() throws IOException {
        try (PartnerFill police = new PartnerFill(returnFor(plan, Q3, "Police"))) {
            police.completedBy("Insp Daniel Okafor")
                    .reverseRows(ReturnLayout.ACTIONS)
                    .reverseRows(ReturnLayout.TARGETS)
                    .update("1.2", "Patrols continued; 340 incidents.\nNew PSPO in force.", "Amber")
                    .actual("1.2", 340)
                    .milestone("1.2a", "Complete")
                    .update("1.4", "Two days of action with borrowed bikes.", "Red")
                    .hideRow("1.4")
                    .update("1.1", "Police view of the problem solving group.", "Green")
                    .deleteRow("4.2")
                    .addRow("9.9", "Our own extra action", "Something we also did.");
            files.add(police.saveAs(dir.resolve("police.xlsx")));
        }
        try (PartnerFill council = new PartnerFill(returnFor(plan, Q3, "WVDC"))) {
            council.update("1.3", "Solar unit ordered for Millbrook Park.", "Green")
                    .typeOverCode("1.3", "1.3 (CCTV)")
                    .update("1.1", "Council view of the problem solving group.", "Amber");
            files.add(council.saveAs(dir.resolve("wvdc.xlsx")));
        }
        Plan otherPlan = plan.toBuilder().id(UUID.randomUUID()).title("Another partnership's plan").build();
        try (PartnerFill wrongPlan = new PartnerFill(returnFor(otherPlan, Q3, "Police"))) {
            wrongPlan.update("2.2", "Text for another plan.", "Green");
            files.add(wrongPlan.saveAs(dir.resolve("wrong-plan.xlsx")));
        }
        try (PartnerFill lastQuarter = new PartnerFill(returnFor(plan, Q3.previous(), "WCC"))) {
            lastQuarter.update("2.1", "A late Q2 return.", "Green");
            files.add(lastQuarter.saveAs(dir.resolve("wcc-q2.xlsx")));
        }
    }

    private List<ReturnFile> readAll() throws IOException {
        List<ReturnFile> read = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                read.add(new ReturnWorkbookReader().readOrReport(f.getFileName().toString(), in));
            }
        }
        return read;
    }

    private MergePreview preview() throws IOException {
        return ReturnsMerge.preview(plans.loadPlan(plan.id()), readAll());
    }

    private static List<ReturnIssue> issues(MergePreview p, Kind kind) {
        return p.issues().stream().filter(i -> i.kind() == kind).toList();
    }

    private static Update q3Update(Plan plan, String code) {
        return action(plan, code).updateFor(Q3).orElseThrow(() -> new AssertionError("No Q3 update for " + code));
    }

    private static Action action(Plan plan, String code) {
        return plan.actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theNewestQuarterIsMergedAndTheFilesForAnotherPlanOrAnEarlierQuarterAreRejected() throws IOException {
        partnersFillInTheirReturns();
        MergePreview p = preview();
        assertEquals(Q3, p.period());
        assertEquals(List.of("wrong-plan.xlsx"), issues(p, Kind.WRONG_PLAN).stream().map(ReturnIssue::fileName).toList());
        assertEquals(List.of("wcc-q2.xlsx"), issues(p, Kind.WRONG_PERIOD).stream().map(ReturnIssue::fileName).toList());
        assertTrue(issues(p, Kind.WRONG_PERIOD).get(0).message().contains("Q2 2026/27"));
        assertEquals(List.of("police.xlsx", "wvdc.xlsx"), p.mergedFiles().stream().map(ReturnFile::fileName).toList());
    }

    @Test
    void previewShowsEachChangeNextToWhatThePlanHoldsNow() throws IOException {
        partnersFillInTheirReturns();
        ActionChange c = preview().changes().stream().filter(x -> x.code().equals("1.2")).findFirst().orElseThrow();
        assertEquals(Rag.GREEN, c.currentRag());
        assertEquals(ReportingPeriod.of(2026, 2), c.currentUpdate().period());
        assertEquals(Rag.AMBER, c.proposedRag());
        assertEquals("Patrols continued; 340 incidents.\nNew PSPO in force.", c.proposedText());
        assertEquals(1, c.actuals().size());
        assertNull(c.actuals().get(0).current());
        assertEquals(0, new BigDecimal("340").compareTo(c.actuals().get(0).proposed()));
        assertEquals(ActionStatus.IN_PROGRESS, c.milestones().get(0).current());
        assertEquals(ActionStatus.COMPLETE, c.milestones().get(0).proposed());
        assertFalse(c.conflict());
    }

    @Test
    void deletedAddedAndTypedOverRowsAreReportedPlainly() throws IOException {
        partnersFillInTheirReturns();
        MergePreview p = preview();
        assertEquals(List.of("4.2"), issues(p, Kind.MISSING_ROW).stream()
                .filter(i -> i.fileName().equals("police.xlsx") && i.message().startsWith("No return")).map(ReturnIssue::code).toList());
        ReturnIssue extra = issues(p, Kind.EXTRA_ROW).get(0);
        assertEquals("9.9", extra.code());
        assertTrue(extra.message().contains("ignored"), extra.message());
        ReturnIssue typed = issues(p, Kind.TYPED_OVER).get(0);
        assertEquals("1.3", typed.code());
        assertTrue(typed.message().contains("1.3 (CCTV)"), typed.message());
        assertTrue(p.changes().stream().anyMatch(c -> c.code().equals("1.3")), "the typed-over row is still merged by its id");
    }

    @Test
    void theSameActionInTwoReturnsIsAConflictThatAcceptAllLeavesAlone() throws IOException {
        partnersFillInTheirReturns();
        MergePreview p = preview();
        List<ActionChange> conflicts = p.conflicts();
        assertEquals(List.of("1.1", "1.1"), conflicts.stream().map(ActionChange::code).toList());
        assertEquals(List.of("police.xlsx", "wvdc.xlsx"), conflicts.stream().map(ActionChange::fileName).sorted().toList());
        assertEquals(2, issues(p, Kind.CONFLICT).size());
        assertTrue(p.acceptable().stream().noneMatch(c -> c.code().equals("1.1")));
        assertEquals(List.of("1.2", "1.3", "1.4"), p.acceptable().stream().map(ActionChange::code).sorted().toList());
    }

    @Test
    void acceptedUpdatesAreWrittenFieldByFieldAndNothingElse() throws IOException {
        partnersFillInTheirReturns();
        MergePreview p = preview();
        plans.applyReturns(ReturnsMerge.apply(p, p.acceptable(), TODAY));
        Plan after = plans.loadPlan(plan.id());

        Update u = q3Update(after, "1.2");
        assertEquals(Q3, u.period());
        assertEquals(TODAY, u.date());
        assertEquals("Patrols continued; 340 incidents.\nNew PSPO in force.", u.text());
        assertEquals(Rag.AMBER, u.rag());
        assertEquals("Police", u.organisation());
        assertEquals("Insp Daniel Okafor", u.author());
        assertEquals("police.xlsx", u.source());
        Action a12 = action(after, "1.2");
        assertEquals(Rag.AMBER, a12.rag());
        assertEquals(0, new BigDecimal("340").compareTo(a12.targets().get(0).actualIn(Q3).orElseThrow().value()));
        assertEquals(2, a12.targets().get(0).actuals().size() - 1, "Q1 and Q2 actuals are kept");
        assertEquals(ActionStatus.COMPLETE, a12.milestones().get(0).status());
        assertEquals(ActionStatus.NOT_STARTED, a12.milestones().get(1).status());

        Update hidden = q3Update(after, "1.4");
        assertEquals("Two days of action with borrowed bikes.", hidden.text());
        assertEquals(Rag.RED, hidden.rag());

        Update typedOver = q3Update(after, "1.3");
        assertEquals("Solar unit ordered for Millbrook Park.", typedOver.text());
        assertEquals("WVDC", typedOver.organisation());
        assertEquals("", typedOver.author());
        assertEquals("wvdc.xlsx", typedOver.source());

        for (String untouched : List.of("1.1", "4.2", "2.1", "2.2")) {
            assertTrue(action(after, untouched).updateFor(Q3).isEmpty(), untouched + " has no Q3 update");
        }
        assertTrue(action(after, "2.1").updates().stream().noneMatch(x -> x.text().contains("late Q2")));
        assertEquals(plan.actionCount(), after.actionCount());
    }

    @Test
    void oneSideOfAConflictCanBeChosenButNotBoth() throws IOException {
        partnersFillInTheirReturns();
        MergePreview p = preview();
        List<ActionChange> both = p.conflicts();
        assertThrows(IllegalArgumentException.class, () -> ReturnsMerge.apply(p, both, TODAY));
        ActionChange council = both.stream().filter(c -> c.fileName().equals("wvdc.xlsx")).findFirst().orElseThrow();
        plans.applyReturns(ReturnsMerge.apply(p, List.of(council), TODAY));
        Update u = q3Update(plans.loadPlan(plan.id()), "1.1");
        assertEquals("Council view of the problem solving group.", u.text());
        assertEquals(Rag.AMBER, u.rag());
        assertEquals("WVDC", u.organisation());
    }

    @Test
    void mergingTheSameFilesAgainAddsNothingTwice() throws IOException {
        partnersFillInTheirReturns();
        MergePreview first = preview();
        plans.applyReturns(ReturnsMerge.apply(first, first.acceptable(), TODAY));
        MergePreview again = preview();
        assertTrue(again.changes().stream().noneMatch(c -> List.of("1.2", "1.3", "1.4").contains(c.code())),
                again.changes().toString());
        assertTrue(issues(again, Kind.ALREADY_MERGED).stream().anyMatch(i -> i.code().equals("1.2")));
        assertEquals(1, plans.loadPlan(plan.id()).actions().filter(a -> a.code().equals("1.2"))
                .findFirst().orElseThrow().updates().stream().filter(x -> x.period().equals(Q3)).count());
    }

    @Test
    void aRowThatLostItsHiddenIdIsMatchedByItsCode() throws IOException {
        try (PartnerFill council = new PartnerFill(returnFor(plan, Q3, "WVDC"))) {
            council.update("2.3", "Campaign booked for 25 November.", "Green").clearId("2.3");
            files.add(council.saveAs(dir.resolve("wvdc.xlsx")));
        }
        MergePreview p = preview();
        assertTrue(issues(p, Kind.MATCHED_BY_CODE).stream().anyMatch(i -> i.code().equals("2.3")));
        assertEquals("Campaign booked for 25 November.",
                p.changes().stream().filter(c -> c.code().equals("2.3")).findFirst().orElseThrow().proposedText());
    }

    @Test
    void aReturnForOneOfficerRecordsThemAsAuthor() throws IOException {
        Recipient helen = new Recipient("WVDC", "Helen Marsh");
        List<Action> hers = ReturnsPlanner.plan(plan, ReturnsPlanner.By.OFFICER).stream()
                .filter(a -> a.recipient().sameAs(helen)).findFirst().orElseThrow().actions();
        byte[] bytes = new ReturnWorkbookWriter().write(new ReturnRequest(plan, Q3, helen, hers, null, "", null));
        try (PartnerFill fill = new PartnerFill(bytes)) {
            files.add(fill.update("1.1", "Met three times.", "g").saveAs(dir.resolve("helen.xlsx")));
        }
        MergePreview p = preview();
        plans.applyReturns(ReturnsMerge.apply(p, p.acceptable(), TODAY));
        Update u = q3Update(plans.loadPlan(plan.id()), "1.1");
        assertEquals("Helen Marsh", u.author());
        assertEquals("WVDC", u.organisation());
        assertEquals(Rag.GREEN, u.rag());
    }
}
