package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.SampleParts.KIT;

import java.math.BigDecimal;
import java.util.List;

import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.RagScheme;

/**
 * The plan a new user sees on first start: a fictional partnership's adopted plan for 2026/27, half-way through
 * the year, with two quarters of updates. Every id is derived from a stable name, so it is identical every time.
 */
public final class SamplePlan {

    private SamplePlan() {
    }

    public static Plan create() {
        return Plan.builder("Wyvern Vale Community Safety Plan 2026/27")
                .id(KIT.id("plan"))
                .partnership("Wyvern Vale Community Safety Partnership")
                .financialYear(new FinancialYear(2026))
                .status(PlanStatus.ADOPTED)
                .sections(sections())
                .organisations(organisations())
                .officers(officers())
                .ragScheme(RagScheme.DEFAULT)
                .strategicSections(List.of(SampleParts.PREVENTION, SampleParts.ENFORCEMENT, SampleParts.SUPPORT))
                .themes(List.of(SampleAsbTheme.create(), SampleAbuseTheme.create(), SampleYoungPeopleTheme.create(),
                        SampleNightTimeTheme.create()))
                .glossary(glossary())
                .funding(funding())
                .build();
    }

    private static List<NarrativeSection> sections() {
        return List.of(
                new NarrativeSection("Introduction",
                        "Wyvern Vale is a safe place to live, work and visit, and we want to keep it that way. This plan "
                                + "sets out what the partners of the Wyvern Vale Community Safety Partnership will do "
                                + "together between April 2026 and March 2027 on the four issues that residents and our "
                                + "strategic assessment say matter most.\n\n"
                                + "It does not list everything each partner does to keep people safe. It lists the work "
                                + "that needs more than one organisation, so that we can be held to account for it."),
                new NarrativeSection("About the partnership",
                        "Community Safety Partnerships were set up by the Crime and Disorder Act 1998. The responsible "
                                + "authorities in Wyvern Vale are Wyvern Vale District Council, Wyvernshire Police, "
                                + "Wyvernshire Fire and Rescue Service, the Probation Service, Wyvernshire County Council "
                                + "and NHS Wyvernshire Integrated Care Board. Vale Homes, Pathways Recovery and the Office "
                                + "of the Police and Crime Commissioner work with us as partners.\n\n"
                                + "The partnership board meets every quarter and is chaired by the council's Director of "
                                + "Communities. The Community Safety Team at the district council coordinates the work."),
                new NarrativeSection("How we developed this plan",
                        "The plan is based on our strategic assessment of January 2026, which looked at three years of "
                                + "police, fire, health and council data. We also heard from 1,240 residents through the "
                                + "2025 residents' survey, from 212 women and girls through the women's safety survey, and "
                                + "from young people at two youth council sessions. Partners agreed the four themes at a "
                                + "workshop on 4 February 2026, and the board adopted the plan on 19 March 2026."),
                new NarrativeSection("How we will measure progress",
                        "Each action has a lead who reports on it every quarter, with a Red, Amber or Green rating using "
                                + "the key in this plan. Where we can count progress we have set targets with a baseline, "
                                + "and we report the actual figure each quarter. The board reviews the plan at every "
                                + "meeting, and we publish a summary of progress on the council's website twice a year."));
    }

    private static List<Organisation> organisations() {
        return List.of(
                KIT.organisation("Wyvern Vale District Council", "WVDC", "Responsible authority (district council); hosts the partnership"),
                KIT.organisation("Wyvernshire Police", "Police", "Responsible authority (police)"),
                KIT.organisation("Wyvernshire Fire and Rescue Service", "WVFRS", "Responsible authority (fire and rescue)"),
                KIT.organisation("The Probation Service, Wyvernshire", "Probation", "Responsible authority (probation)"),
                KIT.organisation("NHS Wyvernshire Integrated Care Board", "ICB", "Responsible authority (health)"),
                KIT.organisation("Wyvernshire County Council", "WCC", "Responsible authority (county council)"),
                KIT.organisation("Vale Homes Housing Association", "Vale Homes", "Co-operating body (registered social landlord)"),
                KIT.organisation("Office of the Police and Crime Commissioner for Wyvernshire", "OPCC",
                        "Duty to co-operate; funds community safety work"),
                KIT.organisation("Pathways Recovery", "Pathways", "Commissioned drug and alcohol treatment service"));
    }

    private static List<Officer> officers() {
        return List.of(
                KIT.officer("Helen Marsh", "WVDC"),
                KIT.officer("Gareth Lloyd", "WVDC"),
                KIT.officer("Insp Daniel Okafor", "Police"),
                KIT.officer("DS Laura Penrose", "Police"),
                KIT.officer("PC Lewis Grant", "Police"),
                KIT.officer("Tom Beckett", "WVFRS"),
                KIT.officer("Sian Pritchard", "Probation"),
                KIT.officer("Dr Rachel Stone", "ICB"),
                KIT.officer("Priya Raman", "WCC"),
                KIT.officer("Amira Haddad", "WCC"),
                KIT.officer("Martin Cole", "WCC"),
                KIT.officer("Chloe Barnes", "Vale Homes"),
                KIT.officer("Owen Price", "Pathways"));
    }

    private static List<GlossaryTerm> glossary() {
        return List.of(
                new GlossaryTerm("ASB", "Anti-social behaviour"),
                new GlossaryTerm("CSP", "Community Safety Partnership"),
                new GlossaryTerm("ECINS", "The case management system partners use to share information on ASB and "
                        + "vulnerable people"),
                new GlossaryTerm("ICB", "Integrated Care Board: the NHS body that plans health services for the county"),
                new GlossaryTerm("IDVA", "Independent Domestic Violence Adviser"),
                new GlossaryTerm("MARAC", "Multi-Agency Risk Assessment Conference, for victims of domestic abuse at high "
                        + "risk of serious harm"),
                new GlossaryTerm("NRM", "National Referral Mechanism, for identifying victims of modern slavery and "
                        + "exploitation"),
                new GlossaryTerm("NTE", "Night-time economy"),
                new GlossaryTerm("OPCC", "Office of the Police and Crime Commissioner"),
                new GlossaryTerm("PSPO", "Public Spaces Protection Order"),
                new GlossaryTerm("CPN", "Community Protection Notice"),
                new GlossaryTerm("RAG", "Red, Amber, Green: how a lead rates progress each quarter"),
                new GlossaryTerm("VAWG", "Violence against women and girls"),
                new GlossaryTerm("WVDC", "Wyvern Vale District Council"),
                new GlossaryTerm("WVFRS", "Wyvernshire Fire and Rescue Service"));
    }

    private static List<FundingLine> funding() {
        return List.of(
                new FundingLine("Detached youth work in Wyvernbridge and Hollinsford (3.1)", new BigDecimal("12500.00"), "OPCC"),
                new FundingLine("Independent Domestic Violence Adviser, half-time (2.1)", new BigDecimal("18750.00"), "OPCC"),
                new FundingLine("ASB caseworker (1.1)", new BigDecimal("32000.00"), "WVDC"),
                new FundingLine("Two redeployable CCTV cameras (1.3)", new BigDecimal("7840.00"), "WVDC"),
                new FundingLine("Safer Nights town centre marshals (4.1)", new BigDecimal("6200.00"),
                        "Wyvernbridge Business Improvement District"),
                new FundingLine("16 Days of Action campaign (2.3)", new BigDecimal("2350.00"), "ICB"),
                new FundingLine("Sanctuary scheme security work (2.4)", new BigDecimal("5000.00"), "Vale Homes"));
    }
}
