package org.cspplanner.exporters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;
import org.cspplanner.model.Update;
import org.cspplanner.model.Actual;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.NarrativeSection;

/** Realistic plans for tests, with rows taken from the seed plans (Fenland 2014/15, North West Leicestershire, South Cambs). */
public final class TestPlans {

    public static final ReportingPeriod Q1 = ReportingPeriod.of(2014, 1);
    public static final ReportingPeriod Q2 = ReportingPeriod.of(2014, 2);
    public static final ReportingPeriod Q4 = ReportingPeriod.of(2014, 4);

    private TestPlans() {
    }

    /** A draft delivery plan: three themes, four strategic sections (the last one empty), milestones, targets and updates. */
    public static Plan fenland() {
        StrategicSection safer = new StrategicSection(null, "1", "To make our community safer for residents, communities, business and visitors");
        StrategicSection vulnerable = new StrategicSection(null, "2", "To support and protect all those who are vulnerable within our community");
        StrategicSection value = new StrategicSection(null, "3", "To work in partnership to achieve better value in what we deliver");
        StrategicSection substance = new StrategicSection(null, "4", "Tackle substance and alcohol misuse");

        Theme confidence = new Theme(null, "Theme 1", "Monitor & improve public confidence", "", ThemeNarrative.EMPTY, List.of(
                action("1.2.1", "Create opportunities to gather and monitor feedback from the community",
                        Lead.officer("Nicola Fenton", "P&CC"), safer, Rag.GREEN, Rag.GREEN)
                        .outcome("Fenland residents are given the opportunity to feedback on the work of the Community Safety Partnership")
                        .build(),
                action("1.2.2", "Public satisfaction after a Community Action Area (CAA) project",
                        Lead.officer("Aarron Locks", "FDC"), safer, Rag.AMBER, Rag.GREEN)
                        .outcome("Residents feed back on the work carried out in the identified CAA")
                        .milestones(List.of(
                                new Milestone(null, "a", "Norfolk Street: re-deployable CCTV unit", null,
                                        "Community satisfaction Before-During-After", null, ActionStatus.COMPLETE, null,
                                        "RDCCTV unit installed 16th July 2014; steady reduction in crime-related incidents."),
                                new Milestone(null, "b", "Install CCTV unit at the second location", Lead.officer("Aarron Locks", "FDC"),
                                        "Unit installed", null, ActionStatus.CARRIED_OVER, Rag.RED,
                                        "Delayed due to lighting column structure. Project to carry over."),
                                new Milestone(null, "c", "Waterlees dispersal order", Lead.officer("Sgt Ben Di-Meo", ""),
                                        "Reduction of ASB in the Waterlees area", null, ActionStatus.COMPLETE, Rag.GREEN,
                                        "30 people dispersed; 4 ring leaders engaged with intervention tactics.")))
                        .build(),
                action("1.2.3", "Support and reaction to identified high risk victims of ASB",
                        Lead.officer("Rob Mitchell", "FDC"), vulnerable, Rag.RED, Rag.AMBER)
                        .targets(List.of(new Target(null, "Case conference within 5 days", "%", Polarity.HIGHER_IS_BETTER,
                                new BigDecimal("78"), "2013/14", new BigDecimal("85"), null, null,
                                List.of(new Actual(Q2, new BigDecimal("81")))))) 
                        .build()));

        Theme asb = new Theme(null, "Theme 2", "Anti-social behaviour", "", ThemeNarrative.EMPTY, List.of(
                action("ASB01", "Develop a network of Community ASB champions", Lead.organisation("NWLDC CS"), safer,
                        Rag.AMBER, Rag.AMBER)
                        .barriers("Recruitment and retention of Champions & staff time to establish scheme")
                        .due(DueDate.of(LocalDate.of(2015, 3, 31))).build(),
                action("ASB05", "Improved management of expectations for victims of ASB", Lead.organisation("Police"),
                        vulnerable, Rag.GREEN, Rag.RED)
                        .partners(List.of("NWLDC", "Housing")).due(DueDate.ofQuarter(ReportingPeriod.of(2014, 3))).build(),
                action("ASB09", "Improve the planning process of recreational facilities to reduce hotspots",
                        Lead.organisation("NWLDC"), value, Rag.GREEN, Rag.GREEN)
                        .due(DueDate.of(LocalDate.of(2014, 9, 1))).build()));

        Theme violence = new Theme(null, "Theme 3", "Protect people from the effects of violence", "",
                new ThemeNarrative(
                        "Our Strategic Assessment shows violence in the night-time economy remains a concern for residents.",
                        "Reduce violence at 'pinch point' events such as Christmas.",
                        "Joint licensing visits and town-centre campaigns with police, fire and licensing teams.",
                        "Police recorded violence against the person in the pub clusters.",
                        "Police crime data and A&E admissions data."),
                List.of(
                        action("V01", "Continue to develop CSE awareness", Lead.organisation("NWLDC"), safer, Rag.GREEN, Rag.GREEN)
                                .milestones(List.of(Milestone.of("V01a", "Deliver Kayleigh's Love Story screenings"),
                                        Milestone.of("V01b", "Brief front-line staff on CSE indicators")))
                                .build(),
                        action("V05", "Deliver joint licensing visits with police, fire and licensing teams",
                                Lead.organisation("Police"), value, Rag.AMBER, Rag.RED)
                                .partners(List.of("NWLDC", "Fire", "Turning Point")).build()));

        return Plan.builder("Fenland Community Safety Partnership Delivery Plan 2014/15")
                .partnership("Fenland Community Safety Partnership")
                .financialYear(new FinancialYear(2014))
                .status(PlanStatus.DRAFT)
                .organisations(List.of(Organisation.of("Fenland District Council", "FDC"),
                        Organisation.of("Cambridgeshire Constabulary", "Police")))
                .sections(List.of(new NarrativeSection("Introduction", "This plan sets out how the partnership will deliver its priorities.")))
                .strategicSections(List.of(safer, vulnerable, value, substance))
                .themes(List.of(confidence, asb, violence))
                .glossary(List.of(new GlossaryTerm("CAA", "Community Action Area")))
                .funding(List.of(new FundingLine("Chelsea's Choice production", new BigDecimal("2500.00"), "FCSP")))
                .settings(Map.of("layout.custom", "{\"columns\":[\"code\",\"title\",\"lead\",\"rag\"],\"grouping\":\"theme\",\"sort\":\"plan\"}"))
                .build();
    }

    /** The Fenland plan with one action whose title is a spreadsheet formula: it must stay text. */
    public static Plan withFormulaTitle() {
        Plan plan = fenland();
        Action first = plan.actions().findFirst().orElseThrow();
        return plan.withAction(first.toBuilder().title("=HYPERLINK(\"http://evil.example\",\"Click\")").build());
    }

    /** A plan with {@code count} actions spread over five themes, for the benchmark. */
    public static Plan large(int count) {
        List<Theme> themes = new ArrayList<>();
        int perTheme = count / 5;
        for (int t = 1; t <= 5; t++) {
            List<Action> actions = new ArrayList<>();
            for (int i = 1; i <= perTheme; i++) {
                Rag[] rags = Rag.values();
                actions.add(action(t + "." + i, "Deliver partnership action " + i + " to reduce anti-social behaviour in market towns",
                        Lead.officer("Officer " + i, i % 2 == 0 ? "FDC" : "Police"), null, rags[i % 3], rags[(i + 1) % 3])
                        .description("Work with Parish Councils, Housing and the Police to identify hotspots and agree a joint response.")
                        .outcome("Fewer repeat incidents and improved public confidence")
                        .milestones(List.of(Milestone.of(t + "." + i + "a", "Multi-agency meeting held monthly"),
                                Milestone.of(t + "." + i + "b", "Problem-solving plan agreed for each hotspot")))
                        .due(DueDate.of(LocalDate.of(2015, 3, 31))).build());
            }
            themes.add(Theme.of("Priority " + t, "Reduce harm in priority area " + t, actions));
        }
        return Plan.builder("Benchmark Community Safety Partnership Plan 2014/15")
                .partnership("Benchmark CSP").financialYear(new FinancialYear(2014)).themes(themes).build();
    }

    private static Action.Builder action(String code, String title, Lead lead, StrategicSection section, Rag q1, Rag later) {
        List<Update> updates = List.of(
                Update.of(Q1, Q1.end(), "Lead officer", "Q1: project scoped and partners engaged for " + code + ".", q1),
                Update.of(Q2, Q2.end(), "Lead officer", "Q2: delivery under way for " + code + ".", later),
                Update.of(Q4, Q4.end(), "Lead officer", "Year end: " + code + " reviewed by the board.", later));
        return Action.builder(title).code(code).leads(List.of(lead))
                .sectionId(section == null ? null : section.id())
                .status(ActionStatus.IN_PROGRESS).rag(later).updates(updates);
    }
}
