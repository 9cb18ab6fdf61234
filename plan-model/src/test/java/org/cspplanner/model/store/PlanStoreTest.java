package org.cspplanner.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cspplanner.model.Action;
import org.cspplanner.model.FullPlan;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.cspplanner.model.service.DuplicatePlanException;
import org.cspplanner.model.service.PlanNotFoundException;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStoreTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private PlanService plans;

    @BeforeEach
    void openFreshWorkspace() {
        workspace = Workspace.open(folder);
        plans = new PlanService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFreshWorkspaceIsMigratedAndEmpty() {
        assertTrue(plans.listPlans().isEmpty());
        List<String> versions = workspace.read(c -> Sql.query(c, "SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", rs -> rs.getString(1)));
        assertEquals(List.of("1"), versions);
    }

    @Test
    void aSavedPlanLoadsBackEqualFieldByField() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        assertEquals(plan, plans.loadPlan(plan.id()));
    }

    @Test
    void aPlanSurvivesClosingAndReopeningTheWorkspace() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        workspace.close();
        workspace = Workspace.open(folder);
        plans = new PlanService(workspace);
        assertEquals(plan, plans.loadPlan(plan.id()));
    }

    @Test
    void listingCountsThemesAndActions() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        PlanSummary summary = plans.listPlans().get(0);
        assertEquals(plan.title(), summary.title());
        assertEquals(3, summary.themeCount());
        assertEquals(3, summary.actionCount());
        assertEquals("2014/15", summary.periodLabel());
    }

    @Test
    void addingAPlanTwiceIsRefusedAndChangesNothing() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        Plan renamed = plan.toBuilder().title("Another title").build();
        assertThrows(DuplicatePlanException.class, () -> plans.addPlan(renamed));
        assertEquals(List.of(plan.title()), plans.listPlans().stream().map(PlanSummary::title).toList());
    }

    @Test
    void aFailedSaveLeavesNothingHalfWritten() {
        Plan plan = FullPlan.create();
        Plan clash = plan.toBuilder().themes(List.of(plan.themes().get(0), plan.themes().get(0))).build();
        assertThrows(StoreException.class, () -> plans.addPlan(clash));
        assertTrue(plans.listPlans().isEmpty());
        Integer actions = workspace.read(c -> Sql.query(c, "SELECT COUNT(*) FROM plan_action", rs -> rs.getInt(1)).get(0));
        assertEquals(0, actions);
    }

    @Test
    void savingAnActionReplacesItsFieldsAndKeepsItsPlace() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        Theme theme = plan.themes().get(0);
        Action first = theme.actions().get(0);
        Action edited = first.toBuilder().title("A clearer title").rag(Rag.RED).milestones(List.of()).build();
        plans.saveAction(theme.id(), 0, edited);
        Plan reloaded = plans.loadPlan(plan.id());
        assertEquals(edited, reloaded.themes().get(0).actions().get(0));
        assertEquals(plan.themes().get(0).actions().get(1), reloaded.themes().get(0).actions().get(1));
    }

    @Test
    void updatesAreAppendedNeverRewritten() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        Action action = plan.themes().get(0).actions().get(0);
        Update original = action.updates().get(0);
        Update tampered = new Update(original.id(), original.period(), original.date(), original.author(),
                original.organisation(), "Rewritten history", original.rag(), original.source());
        List<Update> withTampered = List.of(tampered, action.updates().get(1));
        plans.saveAction(plan.themes().get(0).id(), 0, action.toBuilder().updates(withTampered).build());
        Action reloaded = plans.loadPlan(plan.id()).themes().get(0).actions().get(0);
        assertEquals("Risk matrix agreed by the PSG.", reloaded.updates().get(0).text());
    }

    @Test
    void addingAnUpdateSetsTheActionsRagAndRemovingItRestoresIt() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        Action action = plan.themes().get(0).actions().get(0);
        Update q1Next = Update.of(ReportingPeriod.of(2015, 1), LocalDate.of(2015, 6, 1), "Rob Mitchell",
                "Now off track", Rag.RED);
        Action updated = plans.addUpdate(action, q1Next);
        Action stored = plans.loadPlan(plan.id()).action(action.id()).orElseThrow();
        assertEquals(Rag.RED, stored.rag());
        assertEquals(3, stored.updates().size());
        assertEquals(updated, stored);
        plans.removeUpdate(action, q1Next.id());
        assertEquals(action, plans.loadPlan(plan.id()).action(action.id()).orElseThrow());
    }

    @Test
    void deletingAThemeDeletesItsActionsAndRestoringBringsThemBack() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        Theme theme = plan.themes().get(0);
        plans.deleteTheme(theme.id());
        Plan without = plans.loadPlan(plan.id());
        assertEquals(2, without.themes().size());
        assertEquals(1, without.actionCount());
        plans.restoreTheme(plan.id(), theme, 0);
        assertEquals(plan, plans.loadPlan(plan.id()));
    }

    @Test
    void planDetailsSaveWithoutTouchingThemes() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        Plan edited = plan.toBuilder()
                .title("Renamed plan")
                .glossary(List.of(new GlossaryTerm("CSP", "Community Safety Partnership")))
                .strategicSections(plan.strategicSections().subList(0, 1))
                .build();
        plans.savePlanDetails(edited);
        Plan reloaded = plans.loadPlan(plan.id());
        assertEquals("Renamed plan", reloaded.title());
        assertEquals(edited.glossary(), reloaded.glossary());
        assertEquals(1, reloaded.strategicSections().size());
        // the action that sat in the removed section keeps its place in its theme, now with no section
        assertEquals(null, reloaded.themes().get(0).actions().get(1).sectionId());
        assertEquals(plan.themes().get(0).actions().get(0), reloaded.themes().get(0).actions().get(0));
    }

    @Test
    void reorderingActionsCanMoveOneToAnotherTheme() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        Theme first = plan.themes().get(0);
        Theme second = plan.themes().get(1);
        plans.orderActions(second.id(), List.of(first.actions().get(1).id(), second.actions().get(0).id()));
        Plan reloaded = plans.loadPlan(plan.id());
        assertEquals(List.of("1.2.3"), reloaded.themes().get(0).actions().stream().map(Action::code).toList());
        assertEquals(List.of("1.2.4", "ASB01"), reloaded.themes().get(1).actions().stream().map(Action::code).toList());
    }

    @Test
    void deletingAPlanRemovesEveryRowOfIt() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        plans.deletePlan(plan.id());
        assertTrue(plans.listPlans().isEmpty());
        for (String table : List.of("theme", "plan_action", "action_lead", "milestone", "action_target", "target_actual",
                "progress_update", "glossary_term", "funding_line", "organisation")) {
            Integer rows = workspace.read(c -> Sql.query(c, "SELECT COUNT(*) FROM " + table, rs -> rs.getInt(1)).get(0));
            assertEquals(0, rows, table);
        }
    }

    @Test
    void plansAreFoundByIdOrExactTitleAndAmbiguityIsRefused() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        assertEquals(plan.id(), plans.findPlan(plan.id().toString()).id());
        assertEquals(plan.id(), plans.findPlan(plan.title()).id());
        assertThrows(PlanNotFoundException.class, () -> plans.findPlan("Fenland"));
        plans.addPlan(org.cspplanner.model.service.PlanCopier.withNewIds(plan));
        PlanNotFoundException e = assertThrows(PlanNotFoundException.class, () -> plans.findPlan(plan.title()));
        assertTrue(e.getMessage().startsWith("2 plans are called"), e.getMessage());
    }

    @Test
    void fundingAmountsKeepTheirValueThroughTheDatabase() {
        Plan plan = FullPlan.create();
        plans.addPlan(plan);
        assertEquals(0, new BigDecimal("12500").compareTo(plans.loadPlan(plan.id()).funding().get(0).amount()));
    }

    @Test
    void aSecondOpenOfTheSameWorkspaceIsRefusedClearly() throws Exception {
        // H2 allows a second connection in the same JVM, so the refusal is tested from another process
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecondOpener.class.getName(), folder.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        assertTrue(output.contains("is already open in another CSP Planner window"), output);
        assertFalse(output.contains("Exception in thread"), output);
    }

    /** Run in a second JVM by the test above. */
    public static final class SecondOpener {
        public static void main(String[] args) {
            try (Workspace w = Workspace.open(Path.of(args[0]))) {
                System.out.println("opened");
            } catch (WorkspaceException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    @Test
    void aFolderNameWithUrlSettingsIsRefused() {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> Workspace.open(folder.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'")));
        assertTrue(e.getMessage().contains("may not contain ';'"), e.getMessage());
    }
}
