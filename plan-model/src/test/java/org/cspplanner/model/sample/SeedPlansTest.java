package org.cspplanner.model.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cspplanner.model.Action;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.junit.jupiter.api.Test;

class SeedPlansTest {

    private static final List<Supplier<Plan>> SEEDS = List.of(SeedPlans::littleportPrevention,
            SeedPlans::eastCambridgeshireActionPlan, SeedPlans::southCambridgeshireRollingPlan,
            SeedPlans::fenlandDeliveryPlan, SeedPlans::northWestLeicestershireActionPlan);

    private static Action action(Plan plan, String code) {
        return plan.actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    private static Action actionTitled(Plan plan, String start) {
        return plan.actions().filter(a -> a.title().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }

    private static List<String> leadNames(Action a) {
        return a.leads().stream().map(Lead::display).toList();
    }

    @Test
    void seedPlansAreIdenticalEveryTimeAndDistinctFromEachOther() {
        Set<UUID> planIds = new HashSet<>();
        for (Supplier<Plan> seed : SEEDS) {
            assertEquals(seed.get(), seed.get());
            planIds.add(seed.get().id());
        }
        assertEquals(5, planIds.size());
    }

    @Test
    void everySeedHasEveryThemeAndEightActionsWhereTheSeedHasThem() {
        assertEquals(List.of(1, 2, 5, 4, 4), SEEDS.stream().map(s -> s.get().themes().size()).toList());
        for (Supplier<Plan> seed : SEEDS.subList(1, 5)) {
            Plan plan = seed.get();
            assertTrue(plan.actionCount() >= 8, plan.title());
            plan.themes().forEach(t -> assertTrue(!t.actions().isEmpty(), plan.title() + ": " + t.heading()));
        }
    }

    @Test
    void everyIdInEverySeedIsUnique() {
        List<UUID> ids = new ArrayList<>();
        for (Supplier<Plan> seed : SEEDS) {
            Plan plan = seed.get();
            ids.add(plan.id());
            plan.themes().forEach(t -> ids.add(t.id()));
            plan.strategicSections().forEach(s -> ids.add(s.id()));
            plan.organisations().forEach(o -> ids.add(o.id()));
            plan.actions().forEach(a -> {
                ids.add(a.id());
                a.milestones().forEach(m -> ids.add(m.id()));
                a.targets().forEach(t -> ids.add(t.id()));
                a.updates().forEach(u -> ids.add(u.id()));
            });
        }
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    void littleportKeepsItsSixActionRowsAndItsEmptyUpdateColumns() {
        Plan plan = SeedPlans.littleportPrevention();
        assertEquals("2018/19", plan.periodLabel());
        assertEquals(List.of("Community resilience and relationships", "Community event", "Virtual campaign",
                "Community meeting", "Village wide campaign", "Evidence based policing"),
                plan.actions().map(Action::title).toList());
        assertTrue(actionTitled(plan, "Virtual campaign").description().contains("Pledge – We would like key people"));
        assertEquals(List.of("Littleport Parish Council"), leadNames(actionTitled(plan, "Community event")));
        assertTrue(plan.actions().allMatch(a -> a.updates().isEmpty()));
        assertTrue(plan.sections().stream().anyMatch(s -> s.text().contains("28. Late night ASB")));
    }

    @Test
    void eastCambridgeshireGroupsCommitmentsByAreaOfFocus() {
        Plan plan = SeedPlans.eastCambridgeshireActionPlan();
        assertEquals("2021/22", plan.periodLabel());
        Map<UUID, String> areas = plan.strategicSections().stream()
                .collect(Collectors.toMap(StrategicSection::id, StrategicSection::title));
        assertTrue(plan.actions().allMatch(a -> areas.containsKey(a.sectionId())));
        List<String> engagement = plan.actions().filter(a -> areas.get(a.sectionId()).equals("Community Engagement"))
                .map(a -> leadNames(a).toString()).toList();
        assertEquals(List.of("[ECDC]", "[ECDC]", "[All]", "[CCC Research Group, ECDC, Police]"), engagement);
        assertEquals(List.of("Police", "Housing", "ECDC"), leadNames(actionTitled(plan, "The full range of appropriate")));
        assertEquals(List.of("Insp Fasey"), leadNames(actionTitled(plan, "Explore opportunities to introduce Operation Luscombe")));
        assertTrue(actionTitled(plan, "CSP to explore opportunities").leads().isEmpty());
    }

    @Test
    void eastCambridgeshireRowsOfOneAreaStayTogether() {
        Plan plan = SeedPlans.eastCambridgeshireActionPlan();
        for (Theme t : plan.themes()) {
            List<UUID> order = t.actions().stream().map(Action::sectionId).toList();
            Set<UUID> closed = new HashSet<>();
            for (int i = 1; i < order.size(); i++) {
                if (!order.get(i).equals(order.get(i - 1))) {
                    assertTrue(closed.add(order.get(i - 1)), "an area of focus is split in " + t.title());
                    assertTrue(!closed.contains(order.get(i)), "an area of focus is split in " + t.title());
                }
            }
        }
    }

    @Test
    void southCambridgeshireIsAThreeYearDraftRollingPlan() {
        Plan plan = SeedPlans.southCambridgeshireRollingPlan();
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertEquals("2009/10 – 2011/12", plan.periodLabel());
        assertEquals(12, plan.reportingPeriods().size());
        assertEquals(List.of("Reduce anti-social behaviour", "Reducing re-offending", "Reduce domestic violence",
                "Reducing burglary", "Reduce vehicle crime"), plan.themes().stream().map(Theme::title).toList());
        plan.themes().forEach(t -> assertTrue(!t.narrative().whyPriority().isEmpty()
                && !t.narrative().dataUsed().isEmpty() && !t.narrative().howSuccessIsMeasured().isEmpty(), t.title()));
        assertEquals("March 2010", action(plan, "5.1").due().display());
    }

    @Test
    void southCambridgeshireMilestonesCarryTheirOwnLeads() {
        Plan plan = SeedPlans.southCambridgeshireRollingPlan();
        Map<String, String> leads = plan.actions().flatMap(a -> a.milestones().stream()).filter(m -> m.lead() != null)
                .collect(Collectors.toMap(Milestone::code, m -> m.lead().display()));
        assertEquals("Womens Aid", leads.get("3.3a"));
        assertEquals("Romsey Mill", leads.get("3.3b"));
        assertEquals("Police Shrievalty Trust", leads.get("4.3c"));
        assertEquals("CF&RS", leads.get("1.9e"));
        assertEquals(List.of("1.7a", "1.7b", "1.7c", "1.7d", "1.7e", "1.7f", "1.7g"),
                action(plan, "1.7").milestones().stream().map(Milestone::code).toList());
        assertEquals(List.of("DAAT", "SCDC Health & Environmental Services", "Probation"), leadNames(action(plan, "1.7")));
        assertEquals(List.of("Fire & Rescue Service", "SCDC", "Youth Service", "Parish Councils"), action(plan, "1.1").partners());
    }

    @Test
    void southCambridgeshireTagsFollowItsCrossCuttingThemesTable() {
        Plan plan = SeedPlans.southCambridgeshireRollingPlan();
        Map<String, List<String>> byTag = new TreeMap<>();
        plan.actions().forEach(a -> a.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(a.code())));
        assertEquals(Map.of("Drug & Alcohol misuse", List.of("1.7", "2.4"),
                "Engaging with all communities", List.of("1.4", "1.10", "4.3", "4.4", "5.3"),
                "Involvement of Young People", List.of("1.7", "1.8", "1.9", "3.3")), byTag);
    }

    @Test
    void southCambridgeshireFundingAndGlossaryComeFromTheSeed() {
        Plan plan = SeedPlans.southCambridgeshireRollingPlan();
        BigDecimal total = plan.funding().stream().map(FundingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("97193.97").compareTo(total));
        assertEquals(13, plan.funding().size());
        assertTrue(plan.glossary().stream().anyMatch(g -> g.term().equals("MARAC")));
    }

    @Test
    void fenlandActionSpansSeveralProjects() {
        Action action = action(SeedPlans.fenlandDeliveryPlan(), "2.2.4");
        assertEquals(List.of("Julie Hanrahan Police", "Aarron Locks FDC", "Elaine Mathews"),
                action.milestones().stream().map(m -> m.lead().display()).toList());
        assertEquals(List.of(Rag.AMBER, Rag.GREEN, Rag.GREEN), action.milestones().stream().map(Milestone::rag).toList());
        action.milestones().forEach(m -> assertTrue(!m.target().isEmpty() && !m.progress().isEmpty(), m.text()));
        Update q4 = action.updateFor(ReportingPeriod.parse("Q4 2014/15")).orElseThrow();
        action.milestones().forEach(m -> assertTrue(q4.text().contains(m.progress())));
        assertEquals(Rag.AMBER, action.rag());
        assertEquals(List.of("Julie Hanrahan Police", "Aarron Locks FDC", "Elaine Mathews"), leadNames(action));
    }

    @Test
    void fenlandTargetsCompareTheSeedsActualsWithItsTargets() {
        Plan plan = SeedPlans.fenlandDeliveryPlan();
        ReportingPeriod q4 = ReportingPeriod.parse("Q4 2014/15");
        List<Target> highRisk = action(plan, "1.2.3").targets();
        assertEquals(0, new BigDecimal("85").compareTo(highRisk.get(0).target()));
        assertEquals(0, new BigDecimal("81").compareTo(highRisk.get(0).actualIn(q4).orElseThrow().value()));
        assertEquals(Rag.AMBER, highRisk.get(0).ragAt(q4).orElseThrow());
        assertEquals(Rag.RED, highRisk.get(1).ragAt(q4).orElseThrow());
        assertEquals(Rag.RED, action(plan, "2.2.5").targets().get(0).ragAt(q4).orElseThrow());
        assertEquals(4, action(plan, "2.2.5").targets().get(1).actuals().size());
        Target reports = action(plan, "2.2.2").targets().get(0);
        assertEquals("2013/14", reports.baselinePeriod());
        assertEquals(0, new BigDecimal("1938").compareTo(reports.baseline()));
        assertTrue(plan.actions().flatMap(a -> a.targets().stream()).count() >= 8);
    }

    @Test
    void fenlandReportsTheYearEndQuarterWithItsRagKeyAndGlossary() {
        Plan plan = SeedPlans.fenlandDeliveryPlan();
        assertEquals("2014/15", plan.periodLabel());
        assertEquals(List.of("1", "2", "3", "4"), plan.themes().stream().map(Theme::code).toList());
        Set<ReportingPeriod> periods = plan.actions().flatMap(a -> a.updates().stream()).map(Update::period)
                .collect(Collectors.toSet());
        assertEquals(Set.of(ReportingPeriod.parse("Q4 2014/15")), periods);
        assertEquals(LocalDate.of(2015, 3, 31), action(plan, "1.2.1").updates().get(0).date());
        assertEquals(List.of("Nicola Fenton P&CC"), leadNames(action(plan, "1.2.1")));
        assertEquals(Set.of(Rag.RED, Rag.AMBER, Rag.GREEN), plan.actions().map(Action::rag).collect(Collectors.toSet()));
        assertEquals(RagScheme.DEFAULT, plan.ragScheme());
        assertTrue(plan.glossary().stream().anyMatch(g -> g.term().equals("P&CC")));
        assertTrue(plan.glossary().size() >= 30);
    }

    @Test
    void northWestLeicestershireHasAnEmptyMatrixCell() {
        Plan plan = SeedPlans.northWestLeicestershireActionPlan();
        List<StrategicSection> sections = plan.strategicSections();
        assertEquals(List.of("1", "2", "3", "4", "5"), sections.stream().map(StrategicSection::code).toList());
        Theme violence = plan.themes().get(0);
        Theme asb = plan.themes().get(1);
        Theme cyber = plan.themes().get(2);
        assertEquals(0, count(violence, sections.get(4)));
        assertEquals(0, count(cyber, sections.get(3)));
        assertEquals(3, count(violence, sections.get(2)));
        sections.forEach(s -> assertTrue(count(asb, s) > 0, "ASB × " + s.code()));
        assertTrue(plan.themes().get(3).actions().stream().allMatch(a -> a.sectionId() == null));
    }

    private static long count(Theme theme, StrategicSection section) {
        return theme.actions().stream().filter(a -> section.id().equals(a.sectionId())).count();
    }

    @Test
    void northWestLeicestershireKeepsCodesLeadsBarriersAndDates() {
        Plan plan = SeedPlans.northWestLeicestershireActionPlan();
        assertEquals("2017/18", plan.periodLabel());
        assertEquals(List.of("V01", "V02", "V03", "V04", "V05", "V06", "V07"),
                plan.themes().get(0).actions().stream().map(Action::code).toList());
        assertEquals(List.of("NWLDC", "Police", "Fire", "Turning point"), leadNames(action(plan, "V05")));
        assertEquals("Nil", action(plan, "V01").barriers());
        assertEquals("31/03/2018", action(plan, "V01").due().display());
        assertEquals("01/09/2017", action(plan, "ASB02").due().display());
        assertEquals(List.of("Violent crime"), action(plan, "ASB15").tags());
        assertEquals(plan.actionCount(), plan.actions().map(Action::code).distinct().count());
        FundingLine funding = plan.funding().get(0);
        assertEquals(0, new BigDecimal("34500.00").compareTo(funding.amount()));
        assertNotNull(action(plan, "AA05").due());
    }
}
