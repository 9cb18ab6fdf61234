package org.cspplanner.model.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/**
 * Generates large, realistic plans for benchmarks and scale tests: every action has leads, two
 * milestones, a target with quarterly actuals and four quarters of updates. The same seed gives the same plan.
 */
public final class SyntheticPlans {
    private SyntheticPlans() {
    }

    private static final String[] ORGS = {"WVDC", "Police", "WVFRS", "Probation", "ICB", "Vale Homes", "WCC", "OPCC"};
    private static final String[] OFFICERS = {"Helen Marsh", "Daniel Okafor", "Priya Raman", "Tom Beckett", "Amira Haddad",
            "Gareth Lloyd", "Sian Pritchard", "Owen Price", "Chloe Barnes"};
    private static final String[] VERBS = {"Deliver", "Run", "Develop", "Review", "Deploy", "Commission", "Publish", "Train"};
    private static final String[] SUBJECTS = {"targeted patrols in hotspot areas", "a victim support pathway",
            "youth diversion sessions", "a night-time economy safety scheme", "CCTV at priority locations",
            "awareness campaigns on domestic abuse", "multi-agency problem-solving meetings", "licensing enforcement visits"};
    private static final String[] THEMES = {"Anti-social behaviour", "Domestic abuse and VAWG", "Young people and exploitation",
            "Drugs and alcohol", "Serious violence", "Neighbourhood confidence"};

    /** A plan of about {@code actionCount} actions over six themes, in financial year 2026/27. */
    public static Plan generate(int actionCount, long seed) {
        Random random = new Random(seed);
        FinancialYear year = new FinancialYear(2026);
        List<ReportingPeriod> quarters = List.of(ReportingPeriod.of(2026, 1), ReportingPeriod.of(2026, 2),
                ReportingPeriod.of(2026, 3), ReportingPeriod.of(2026, 4));
        List<List<Action>> byTheme = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            byTheme.add(new ArrayList<>());
        }
        for (int i = 0; i < actionCount; i++) {
            int theme = i % THEMES.length;
            int number = byTheme.get(theme).size() + 1;
            byTheme.get(theme).add(action(random, theme + 1, number, quarters, year));
        }
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            themes.add(new Theme(id(seed, "theme", t), String.valueOf(t + 1), THEMES[t], "Synthetic theme " + (t + 1),
                    null, byTheme.get(t)));
        }
        return Plan.builder("Synthetic plan of " + actionCount + " actions (" + seed + ")")
                .id(id(seed, "plan", actionCount))
                .partnership("Wyvern Vale Community Safety Partnership")
                .financialYear(year)
                .status(PlanStatus.ADOPTED)
                .organisations(java.util.Arrays.stream(ORGS).map(o -> Organisation.of(o, o)).toList())
                .themes(themes)
                .glossary(List.of(new GlossaryTerm("ASB", "Anti-social behaviour"), new GlossaryTerm("VAWG",
                        "Violence against women and girls")))
                .build();
    }

    private static Action action(Random r, int theme, int number, List<ReportingPeriod> quarters, FinancialYear year) {
        String code = theme + "." + number;
        String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
        List<Update> updates = new ArrayList<>();
        Rag last = null;
        for (ReportingPeriod q : quarters) {
            last = Rag.values()[r.nextInt(10) < 6 ? 2 : r.nextInt(2)];
            updates.add(Update.of(q, q.end().minusDays(r.nextInt(20)), OFFICERS[r.nextInt(OFFICERS.length)],
                    "Quarter " + q.quarter() + ": progress on " + subject + " reviewed at the delivery group; "
                            + (last == Rag.GREEN ? "on track." : last == Rag.AMBER ? "some delay, mitigations agreed."
                            : "behind plan, escalated to the board."), last));
        }
        BigDecimal baseline = BigDecimal.valueOf(50 + r.nextInt(100));
        List<Actual> actuals = new ArrayList<>();
        for (ReportingPeriod q : quarters) {
            actuals.add(new Actual(q, baseline.add(BigDecimal.valueOf(r.nextInt(30) - 10))));
        }
        String org = ORGS[r.nextInt(ORGS.length)];
        return Action.builder(VERBS[r.nextInt(VERBS.length)] + " " + subject + " (" + code + ")")
                .code(code)
                .description("Detail of action " + code + ": partners will " + subject + " across the district.")
                .outcome("Fewer incidents and greater public confidence in the area.")
                .leads(List.of(Lead.officer(OFFICERS[r.nextInt(OFFICERS.length)], org), Lead.organisation(ORGS[r.nextInt(ORGS.length)])))
                .partners(List.of(ORGS[r.nextInt(ORGS.length)]))
                .due(r.nextInt(4) == 0 ? DueDate.ofMonth(java.time.YearMonth.of(2027, 1 + r.nextInt(3)))
                        : DueDate.of(year.start().plusDays(r.nextInt(365))))
                .status(r.nextInt(10) == 0 ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS)
                .rag(last)
                .milestones(List.of(
                        new Milestone(null, code + "a", "Agree scope and partners for " + subject, Lead.organisation(org),
                                "", DueDate.of(LocalDate.of(2026, 6, 30)), ActionStatus.COMPLETE, Rag.GREEN, "Agreed."),
                        new Milestone(null, code + "b", "Report results to the board", null, "",
                                DueDate.of(LocalDate.of(2027, 3, 31)), ActionStatus.IN_PROGRESS, null, "")))
                .targets(List.of(new Target(null, "Incidents linked to " + subject, "incidents", Polarity.LOWER_IS_BETTER,
                        baseline, "2025/26", baseline.subtract(BigDecimal.TEN), null, null, actuals)))
                .updates(updates)
                .build();
    }

    private static UUID id(long seed, String kind, int n) {
        return UUID.nameUUIDFromBytes(("synthetic:" + seed + ":" + kind + ":" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
