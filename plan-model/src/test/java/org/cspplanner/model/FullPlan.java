package org.cspplanner.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A small plan with every field of the model filled in, so that round trips are tested field by field. */
public final class FullPlan {
    private FullPlan() {
    }

    public static Plan create() {
        StrategicSection prevention = new StrategicSection(null, "1", "Prevention");
        StrategicSection enforcement = new StrategicSection(null, "2", "Enforcement");
        ReportingPeriod q1 = ReportingPeriod.of(2014, 1);
        ReportingPeriod q4 = ReportingPeriod.of(2014, 4);
        Target victims = new Target(null, "High-risk victims with a case conference within 5 days", "%",
                Polarity.HIGHER_IS_BETTER, new BigDecimal("78.5"), "2013/14", new BigDecimal("85"), null,
                new BigDecimal("5"), List.of(new Actual(q1, new BigDecimal("80")), new Actual(q4, new BigDecimal("81"))));
        Target incidents = new Target(null, "Alcohol-related incidents in the night-time economy", "incidents",
                Polarity.LOWER_IS_BETTER, new BigDecimal("412"), "2013/14", new BigDecimal("380"), null, null,
                List.of(new Actual(q4, new BigDecimal("371"))));
        Target response = new Target(null, "Days to first contact", "days", Polarity.WITHIN_RANGE, null, "",
                new BigDecimal("1"), new BigDecimal("3"), BigDecimal.ONE, List.of());
        Action asb = Action.builder("Support and reaction to identified high-risk victims of ASB")
                .code("1.2.3")
                .description("Improved identification of high-risk victims using the risk assessment matrix.")
                .outcome("Appropriate support to identified victims of ASB\nleading to reduction of risk")
                .leads(List.of(Lead.officer("Rob Mitchell", "FDC"), Lead.organisation("Police")))
                .partners(List.of("Roddons Housing", "CFRS"))
                .barriers("Victims not engaging with agencies")
                .start(DueDate.ofMonth(YearMonth.of(2014, 4)))
                .due(DueDate.of(LocalDate.of(2015, 3, 31)))
                .status(ActionStatus.IN_PROGRESS)
                .rag(Rag.AMBER)
                .sectionId(prevention.id())
                .tags(List.of("Vulnerability", "Victims"))
                .milestones(List.of(
                        new Milestone(null, "1.2.3a", "Improved identification of high-risk victims",
                                Lead.officer("Rob Mitchell", "FDC"), "Case conference within 5 days: 85%",
                                DueDate.ofQuarter(ReportingPeriod.of(2014, 2)), ActionStatus.COMPLETE, Rag.GREEN,
                                "21 identified high-risk victims, 17 with a case conference within 5 days."),
                        new Milestone(null, "1.2.3b", "Planned interventions against identified individuals", null, "",
                                null, ActionStatus.NOT_STARTED, null, "")))
                .targets(List.of(victims, incidents, response))
                .updates(List.of(
                        new Update(null, q1, LocalDate.of(2014, 6, 30), "Rob Mitchell", "FDC",
                                "Risk matrix agreed by the PSG.", Rag.GREEN, ""),
                        new Update(null, q4, LocalDate.of(2015, 3, 31), "Rob Mitchell", "FDC",
                                "81% against a target of 85%.\nTwo victims declined to engage.", Rag.AMBER,
                                "returns/FDC-Q4.xlsx")))
                .build();
        Action media = Action.builder("Develop and deliver a CSP media strategy")
                .code("1.2.4")
                .leads(List.of(Lead.organisation("FDC")))
                .due(DueDate.ofQuarter(q4))
                .status(ActionStatus.COMPLETE)
                .rag(Rag.GREEN)
                .sectionId(enforcement.id())
                .build();
        Action unrated = Action.builder("=HYPERLINK(\"http://example.invalid\") is text, not a formula")
                .code("ASB01")
                .build();
        return Plan.builder("Fenland CSP Partnership delivery plan 2014-15")
                .partnership("Fenland Community Safety Partnership")
                .financialYear(new FinancialYear(2014))
                .status(PlanStatus.ADOPTED)
                .predecessorId(java.util.UUID.fromString("00000000-0000-0000-0000-000000000042"))
                .sections(List.of(new NarrativeSection("Introduction", "Our plan for the year.\n\nSecond paragraph."),
                        new NarrativeSection("Year highlights", "Reduced alcohol-related incidents.")))
                .organisations(List.of(new Organisation(null, "Fenland District Council", "FDC", "Responsible authority"),
                        Organisation.of("Police and Crime Commissioner", "P&CC")))
                .officers(List.of(new Officer(null, "Rob Mitchell", "FDC")))
                .ragScheme(new RagScheme("On track", "Some risk", "Off track", "Done", "Not begun"))
                .strategicSections(List.of(prevention, enforcement))
                .themes(List.of(
                        new Theme(null, "1", "Monitor & improve public confidence", "Confidence and reassurance",
                                new ThemeNarrative("Because residents said so", "Raise confidence", "Engage",
                                        "PIC survey", "Police recorded crime"), List.of(asb, media)),
                        Theme.of("2", "Delivery of prevention and awareness projects", List.of(unrated)),
                        Theme.of("3", "An empty theme", List.of())))
                .glossary(List.of(new GlossaryTerm("ASB", "Anti-social behaviour"), new GlossaryTerm("PSG", "Problem Solving Group")))
                .funding(List.of(new FundingLine("CCTV redeployable unit", new BigDecimal("12500.00"), "P&CC"),
                        new FundingLine("Media campaign", new BigDecimal("750.50"), "FDC")))
                .settings(Map.of("layout.custom", "{\"columns\":[\"code\",\"title\"]}"))
                .build();
    }
}
