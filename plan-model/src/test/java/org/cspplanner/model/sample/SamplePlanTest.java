package org.cspplanner.model.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.junit.jupiter.api.Test;

class SamplePlanTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.parse("Q1 2026/27");
    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2026/27");
    private final Plan plan = SamplePlan.create();

    @Test
    void samplePlanIsIdenticalEveryTime() {
        Plan again = SamplePlan.create();
        assertEquals(plan, again);
        assertEquals(UUID.nameUUIDFromBytes("sample:plan".getBytes(java.nio.charset.StandardCharsets.UTF_8)), plan.id());
        assertEquals(plan.actions().map(Action::id).toList(), again.actions().map(Action::id).toList());
    }

    @Test
    void samplePlanIsAnAdoptedFictionalPlanFor2026To27() {
        assertEquals("Wyvern Vale Community Safety Partnership", plan.partnership());
        assertEquals("2026/27", plan.periodLabel());
        assertEquals(LocalDate.of(2026, 4, 1), plan.periodStart());
        assertEquals(LocalDate.of(2027, 3, 31), plan.periodEnd());
        assertEquals(PlanStatus.ADOPTED, plan.status());
        assertEquals(List.of("Introduction", "About the partnership", "How we developed this plan",
                "How we will measure progress"), plan.sections().stream().map(s -> s.heading()).toList());
    }

    @Test
    void samplePlanHasFourThemesOfFiveCodedActions() {
        assertEquals(List.of("1", "2", "3", "4"), plan.themes().stream().map(Theme::code).toList());
        assertEquals(20, plan.actionCount());
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4", "3.5"),
                plan.themes().get(2).actions().stream().map(Action::code).toList());
        for (Theme t : plan.themes()) {
            assertFalse(t.narrative().whyPriority().isEmpty() || t.narrative().whatWeHopeToDo().isEmpty()
                    || t.narrative().approach().isEmpty() || t.narrative().howSuccessIsMeasured().isEmpty()
                    || t.narrative().dataUsed().isEmpty(), t.heading() + " lacks a narrative answer");
            assertFalse(t.description().isEmpty());
        }
    }

    @Test
    void samplePlanHasTwoQuartersOfUpdatesOnMostActions() {
        long both = plan.actions().filter(a -> a.updateFor(Q1).isPresent() && a.updateFor(Q2).isPresent()).count();
        long noQ2 = plan.actions().filter(a -> a.updateFor(Q1).isPresent() && a.updateFor(Q2).isEmpty()).count();
        assertTrue(both >= 14, "only " + both + " actions have both quarters");
        assertEquals(3, noQ2);
        assertEquals(Set.of(Q1, Q2), plan.actions().flatMap(a -> a.updates().stream()).map(Update::period)
                .collect(Collectors.toSet()));
    }

    @Test
    void everyUpdateIsDatedInsideItsQuarterAndSaysWhoWroteIt() {
        List<Update> updates = plan.actions().flatMap(a -> a.updates().stream()).toList();
        assertEquals(34, updates.size());
        for (Update u : updates) {
            assertTrue(u.period().contains(u.date()), u.date() + " is outside " + u.period());
            assertFalse(u.author().isEmpty() || u.organisation().isEmpty() || u.text().isEmpty());
            assertTrue(u.rag() != null);
        }
    }

    @Test
    void eachActionsRagIsItsNewestUpdatesRag() {
        plan.actions().forEach(a -> assertEquals(a.latestUpdate().map(Update::rag).orElse(null), a.rag(), a.code()));
    }

    @Test
    void samplePlanRagMixIsMostlyGreenWithSeveralAmberAndTwoOrThreeRed() {
        Map<Rag, Long> mix = plan.actions().filter(a -> a.rag() != null)
                .collect(Collectors.groupingBy(Action::rag, Collectors.counting()));
        assertTrue(mix.get(Rag.GREEN) > mix.get(Rag.AMBER) + mix.get(Rag.RED), mix.toString());
        assertTrue(mix.get(Rag.AMBER) >= 3, mix.toString());
        assertTrue(mix.get(Rag.RED) >= 2 && mix.get(Rag.RED) <= 3, mix.toString());
    }

    @Test
    void samplePlanStatusesAreMostlyInProgressWithTwoCompleteAndTwoNotStarted() {
        Map<ActionStatus, Long> statuses = plan.actions().collect(Collectors.groupingBy(Action::status, Collectors.counting()));
        assertEquals(2L, statuses.get(ActionStatus.COMPLETE));
        assertEquals(2L, statuses.get(ActionStatus.NOT_STARTED));
        assertEquals(16L, statuses.get(ActionStatus.IN_PROGRESS));
    }

    @Test
    void onlyTheOffRoadBikeActionIsOverdueAtTheEndOfQ2() {
        List<String> overdue = plan.actions().filter(a -> a.isOverdue(LocalDate.of(2026, 10, 1))).map(Action::code).toList();
        assertEquals(List.of("1.4"), overdue);
    }

    @Test
    void samplePlanDueDatesUseDaysMonthsAndOneQuarter() {
        Map<DueDate.Precision, Long> precisions = plan.actions().map(Action::due)
                .collect(Collectors.groupingBy(DueDate::precision, Collectors.counting()));
        assertEquals(1L, precisions.get(DueDate.Precision.QUARTER));
        assertTrue(precisions.get(DueDate.Precision.MONTH) >= 2);
        assertTrue(precisions.get(DueDate.Precision.DAY) > precisions.get(DueDate.Precision.MONTH));
        assertEquals("Q3 2026/27", plan.actions().filter(a -> a.code().equals("1.3")).findFirst().orElseThrow().due().display());
    }

    @Test
    void samplePlanLeadsMixOrganisationsOfficersAndSeveralPartners() {
        List<Action> actions = plan.actions().toList();
        assertTrue(actions.stream().anyMatch(a -> a.leads().size() == 1 && a.leads().get(0).officer().isEmpty()));
        assertTrue(actions.stream().anyMatch(a -> a.leads().size() == 1 && !a.leads().get(0).officer().isEmpty()));
        assertTrue(actions.stream().filter(a -> a.leads().size() >= 2).count() >= 5);
        assertEquals("Helen Marsh WVDC, Police", actions.get(0).leadsDisplay());
        assertTrue(actions.stream().allMatch(a -> !a.partners().isEmpty()));
    }

    @Test
    void everyLeadAndUpdateNamesAnOrganisationOfThePartnership() {
        Set<String> shortNames = plan.organisations().stream().map(Organisation::label).collect(Collectors.toSet());
        assertTrue(shortNames.size() >= 6 && shortNames.size() <= 9);
        List<Lead> leads = new ArrayList<>();
        plan.actions().forEach(a -> {
            leads.addAll(a.leads());
            a.milestones().stream().filter(m -> m.lead() != null).forEach(m -> leads.add(m.lead()));
        });
        leads.forEach(l -> assertTrue(shortNames.contains(l.organisation()), l.display()));
        plan.actions().flatMap(a -> a.updates().stream())
                .forEach(u -> assertTrue(shortNames.contains(u.organisation()), u.organisation()));
        plan.officers().forEach(o -> assertTrue(shortNames.contains(o.organisation()), o.name()));
        plan.organisations().forEach(o -> assertFalse(o.statutoryRole().isEmpty(), o.name()));
    }

    @Test
    void samplePlanHasMilestonesWithTheirOwnLeadsOnAtLeastEightActions() {
        assertTrue(plan.actions().filter(a -> !a.milestones().isEmpty()).count() >= 8);
        var m = plan.actions().flatMap(a -> a.milestones().stream()).filter(x -> x.code().equals("2.2a")).findFirst().orElseThrow();
        assertEquals("Dr Rachel Stone ICB", m.lead().display());
        assertEquals(ActionStatus.COMPLETE, m.status());
        assertEquals(Rag.GREEN, m.rag());
        plan.actions().forEach(a -> a.milestones().forEach(x -> assertTrue(x.code().startsWith(a.code()), x.code())));
    }

    @Test
    void samplePlanTargetsUseEveryPolarityAndHaveBaselinesAndTwoQuartersOfActuals() {
        List<Target> targets = plan.actions().flatMap(a -> a.targets().stream()).toList();
        assertTrue(targets.size() >= 8, "only " + targets.size() + " targets");
        assertEquals(EnumSet.allOf(Polarity.class), EnumSet.copyOf(targets.stream().map(Target::polarity).toList()));
        assertTrue(targets.stream().filter(t -> t.amberTolerance() != null).count() >= 3);
        for (Target t : targets) {
            assertTrue(t.baseline() != null && !t.baselinePeriod().isEmpty() && !t.unit().isEmpty(), t.description());
            assertTrue(t.actualIn(Q1).isPresent() && t.actualIn(Q2).isPresent(), t.description());
        }
        Target marac = targets.stream().filter(t -> t.polarity() == Polarity.WITHIN_RANGE).findFirst().orElseThrow();
        assertEquals(Rag.AMBER, marac.ragAt(Q1).orElseThrow());
        assertEquals(Rag.GREEN, marac.ragAt(Q2).orElseThrow());
        assertEquals(Set.of(Rag.GREEN, Rag.AMBER, Rag.RED),
                targets.stream().map(t -> t.ragAt(Q2).orElseThrow()).collect(Collectors.toSet()));
    }

    @Test
    void strategicSectionsAreUsedBySomeActionsAcrossThemes() {
        Set<UUID> sectionIds = plan.strategicSections().stream().map(StrategicSection::id).collect(Collectors.toSet());
        assertEquals(3, sectionIds.size());
        plan.actions().filter(a -> a.sectionId() != null).forEach(a -> assertTrue(sectionIds.contains(a.sectionId())));
        assertTrue(plan.actions().anyMatch(a -> a.sectionId() == null));
        Map<UUID, Set<String>> themesPerSection = new java.util.HashMap<>();
        for (Theme t : plan.themes()) {
            t.actions().stream().filter(a -> a.sectionId() != null)
                    .forEach(a -> themesPerSection.computeIfAbsent(a.sectionId(), k -> new HashSet<>()).add(t.code()));
        }
        themesPerSection.values().forEach(themes -> assertTrue(themes.size() >= 2));
    }

    @Test
    void samplePlanIdsAreAllDifferent() {
        List<UUID> ids = new ArrayList<>();
        ids.add(plan.id());
        plan.themes().forEach(t -> ids.add(t.id()));
        plan.organisations().forEach(o -> ids.add(o.id()));
        plan.officers().forEach(o -> ids.add(o.id()));
        plan.strategicSections().forEach(s -> ids.add(s.id()));
        plan.actions().forEach(a -> {
            ids.add(a.id());
            a.milestones().forEach(m -> ids.add(m.id()));
            a.targets().forEach(t -> ids.add(t.id()));
            a.updates().forEach(u -> ids.add(u.id()));
        });
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertNotEquals(plan.actions().findFirst().orElseThrow().id(), plan.actions().skip(1).findFirst().orElseThrow().id());
    }

    @Test
    void samplePlanHasAGlossaryTagsAndFundingInPounds() {
        assertTrue(plan.glossary().size() >= 10);
        assertTrue(plan.glossary().stream().anyMatch(g -> g.term().equals("MARAC")));
        assertTrue(plan.funding().stream().anyMatch(f -> f.amount().compareTo(new BigDecimal("12500.00")) == 0 && f.source().equals("OPCC")));
        assertTrue(plan.actions().filter(a -> a.tags().contains("Young people")).count() >= 3);
        Map<String, Long> bySource = plan.funding().stream()
                .collect(Collectors.groupingBy(f -> f.source(), Collectors.counting()));
        assertTrue(bySource.size() >= 3, bySource.toString());
        assertEquals(org.cspplanner.model.RagScheme.DEFAULT, plan.ragScheme());
    }
}
