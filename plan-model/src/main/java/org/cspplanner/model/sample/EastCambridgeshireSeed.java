package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.action;
import static org.cspplanner.model.sample.PlanKit.org;
import static org.cspplanner.model.sample.PlanKit.orgs;
import static org.cspplanner.model.sample.PlanKit.person;

import java.util.ArrayList;
import java.util.List;

import org.cspplanner.model.Action;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.StrategicSection;

/**
 * Seed 001, the East Cambridgeshire CSP Action Plan 2021-2022 ("Area of focus · Commitment · Lead").
 * The two CSP priorities are the themes. Each area of focus is a strategic section and its commitments carry its
 * section id, so the grouped first column can be rebuilt by printing the area on its first row only. The seed does
 * not say which priority each area serves: we put the areas about understanding risk and helping communities respond
 * under priority 1 and the areas of specific harm under priority 2. Commitments have no numbers in the seed, so
 * actions have no code. A lead cell naming several agencies ("Police Housing ECDC") becomes several leads; a role
 * ("Chair", "Insp Fasey") is an officer without an organisation. A representative subset of rows is included.
 */
final class EastCambridgeshireSeed {

    private static final PlanKit KIT = new PlanKit("seed-001-east-cambridgeshire");

    private static final StrategicSection ENGAGEMENT = KIT.section("", "Community Engagement");
    private static final StrategicSection CYBER = KIT.section("", "Cyber Crime");
    private static final StrategicSection YOUNG = KIT.section("", "Young People");
    private static final StrategicSection ASB = KIT.section("", "ASB");
    private static final StrategicSection PREVENTION = KIT.section("", "Prevention Strategy");
    private static final StrategicSection COUNCILLORS = KIT.section("", "Local Councillor Training");
    private static final StrategicSection COMMUNICATION = KIT.section("", "Communication");
    private static final StrategicSection TOGETHER = KIT.section("", "Working Together");
    private static final StrategicSection ROADS = KIT.section("", "Road Safety/Speeding");
    private static final StrategicSection SUBSTANCE = KIT.section("", "Substance misuse");
    private static final StrategicSection VIOLENCE = KIT.section("", "Violence Against the Person");
    private static final StrategicSection FIRE = KIT.section("", "Fire Safety");
    private static final StrategicSection HATE = KIT.section("", "Hate incident/crime");
    private static final StrategicSection EYES = KIT.section("", "Eyes and Ears");
    private static final StrategicSection ABUSE = KIT.section("", "Domestic Abuse");
    private static final StrategicSection STREETS = KIT.section("", "Safer Streets Initiative");
    private static final StrategicSection SCAMS = KIT.section("", "Scams");
    private static final StrategicSection PREVENT = KIT.section("", "Counter terrorism Prevent Duty");

    private EastCambridgeshireSeed() {
    }

    static Plan create() {
        return Plan.builder("Action Plan 2021-2022")
                .id(KIT.id("plan"))
                .partnership("East Cambridgeshire Community Safety Partnership (ECCSP)")
                .financialYear(new FinancialYear(2021))
                .status(PlanStatus.ADOPTED)
                .organisations(List.of(
                        KIT.organisation("East Cambridgeshire District Council", "ECDC", "Responsible authority (district council)"),
                        KIT.organisation("Cambridgeshire Constabulary", "Police", "Responsible authority (police)"),
                        KIT.organisation("Cambridgeshire County Council", "CCC", "Responsible authority (county council)"),
                        KIT.organisation("Cambridgeshire Fire and Rescue Service", "Fire service", "Responsible authority (fire and rescue)"),
                        KIT.organisation("The Probation Service", "Probation", "Responsible authority (probation)"),
                        KIT.organisation("Change Grow Live", "CGL", "Drug and alcohol service provider"),
                        KIT.organisation("Federation of Small Businesses", "", "")))
                .strategicSections(List.of(ENGAGEMENT, CYBER, YOUNG, ASB, PREVENTION, COUNCILLORS, COMMUNICATION, TOGETHER,
                        ROADS, SUBSTANCE, VIOLENCE, FIRE, HATE, EYES, ABUSE, STREETS, SCAMS, PREVENT))
                .themes(List.of(
                        KIT.theme("1", "CSP Priority 1", "Understanding risk and vulnerability of individuals (people) and "
                                + "locations (places) and helping communities respond to this.", null, priorityOne()),
                        KIT.theme("2", "CSP Priority 2", "Working to tackle local issues of high harm.", null, priorityTwo())))
                .build();
    }

    private static Action commitment(StrategicSection area, String commitment, Lead... leads) {
        return commitment(area, commitment, "", leads);
    }

    private static Action commitment(StrategicSection area, String commitment, String detail, Lead... leads) {
        return action("", commitment).description(detail).leads(new ArrayList<>(List.of(leads)))
                .sectionId(area.id()).build();
    }

    private static Lead[] of(String... organisations) {
        return orgs(organisations).toArray(Lead[]::new);
    }

    private static List<Action> priorityOne() {
        return List.of(
                commitment(ENGAGEMENT, "Obtain a comprehensive picture of community safety matters across the district and "
                        + "understand the community safety needs, concerns and desires of East Cambs communities", of("ECDC")),
                commitment(ENGAGEMENT, "Develop an engagement plan that informs how the Council will engage with communities to "
                        + "understand local community safety matters that seeks to make use of engagement systems that are in "
                        + "place", of("ECDC")),
                commitment(ENGAGEMENT, "To utilise networks, partnerships and platforms (such as ECINS) to share solutions to "
                        + "community safety issues", of("All")),
                commitment(ENGAGEMENT, "Gather feedback and intelligence from the community and partners on community safety "
                        + "related matters to inform data sets", of("CCC Research Group", "ECDC", "Police")),
                commitment(YOUNG, "Understand community safety issues impacting local young people through community "
                        + "engagement", of("ECDC", "Young People's Task and Finish Group")),
                commitment(YOUNG, "Fire break-Delivery of a 5-day course for secondary school pupils learn about consequences "
                        + "and engage in activities that encourage team work/discipline. Firebreak is intending to go to LECA "
                        + "and Soham VC", of("Delivery Group", "Fire Service")),
                commitment(PREVENTION, "Support the implementation of the Police's Prevention Strategy.",
                        "The aim of the Prevention Strategy is fivefold; namely, as follows:\n"
                                + "- Work concurrently with and complement other organisational strategies with "
                                + "prevention-focused endeavours\n"
                                + "- Intelligence led and evidence based focusing on drivers of harm, crime and demand\n"
                                + "- Deliver problem-solving through OSARA problem-solving methodology\n"
                                + "- Build community resilience\n"
                                + "- Understanding 'what works'", of("All")),
                commitment(COUNCILLORS, "Encourage Parish Councils to become hate incident/crime reporting centres", of("ECDC")),
                commitment(COUNCILLORS, "Continue to offer Eyes and Ears training to parish councils", of("ECDC")),
                commitment(COMMUNICATION, "Development and issuing of quarterly CSP newsletter", org("ECDC"), person("Chair", "")),
                commitment(COMMUNICATION, "Be visible within the community such as holding drop ins for one to one "
                        + "communication", of("ECDC", "Police")),
                commitment(TOGETHER, "Share information in order to support individuals who are at risk, or respond to local "
                        + "issues", of("All")),
                commitment(EYES, "Coordinate the evaluation of Eyes and Ears to understand the impacts and effectiveness of the "
                        + "programme", person("Chair", "")));
    }

    private static List<Action> priorityTwo() {
        return List.of(
                commitment(CYBER, "Produce a cyber-bullying toolkit to be used as a signposting resource", of("ECDC")),
                commitment(ASB, "Understand Anti-Social Behaviour issues impacting the community.", of("All", "PSG")),
                commitment(ASB, "Ensuring the strategic allocation of tenancies; this involves, for instance, avoiding allocating "
                        + "households that are likely to be victims of anti-social behaviour tenancies in areas where such "
                        + "problems are prevalent, and vetting applications for housing and accommodation to ensure that they "
                        + "are not involved in anti-social behaviour and refusing or deferring a letting on this basis.",
                        of("Housing")),
                commitment(ASB, "The full range of appropriate responses to anti-social behaviour should be utilised. In the first "
                        + "instance, non-legal solutions to this behaviour such as mediation should be used if appropriate. Where "
                        + "these may have failed or deemed inappropriate utilise range of ASB powers available and/or "
                        + "enforcement.", of("Police", "Housing", "ECDC")),
                commitment(ASB, "Protect the welfare of tenants and their families, including both the victims and perpetrators "
                        + "of anti-social behaviour.", of("Police", "Housing")),
                commitment(ROADS, "Deliver Road Safety presentations throughout schools", of("Police (Neighbourhood Policing Team)")),
                commitment(ROADS, "Enforcement around the evidence gained from each Parish/Ward, hot spot areas", of("Police")),
                commitment(SUBSTANCE, "Support CGL to provide services aimed at adults and young people that have drug or "
                        + "alcohol related issues", of("Delivery Group")),
                commitment(VIOLENCE, "Assess the situation regarding Violence Against the Person in East Cambridgeshire in more "
                        + "detail, particularly in relation to Stalking and Harassment, Violence with injury and associated "
                        + "knife crime.", of("Police")),
                commitment(FIRE, "Fire safety checks in houses", of("Fire service")),
                commitment(FIRE, "CSP to explore opportunities to work with the fire service in locations where safe and well "
                        + "visits have recently been declined"),
                commitment(HATE, "Increase communications about hate crime and ways to report this to pre-empt potential rises "
                        + "that may relate to any further COVID-19 restrictions", of("All")),
                commitment(ABUSE, "Process all Domestic Homicide Reviews in accordance with legislation", person("CSP Chair", ""),
                        org("ECDC")),
                commitment(ABUSE, "Apply for the Domestic Abuse Housing Alliance (DAHA) accreditation.",
                        of("ECDC Housing and Community Advice Service")),
                commitment(STREETS, "Complete development and delivery of the Safer Business, Safer Streets Booklet",
                        of("ECDC", "Federation of Small Businesses")),
                commitment(STREETS, "Explore opportunities to introduce Operation Luscombe in East Cambs to address matters "
                        + "relating to street begging", person("Insp Fasey", "")),
                commitment(SCAMS, "Encourage relevant local organisations to sign up as supporters of Cambridgeshire and "
                        + "Peterborough Against Scams Partnership (CAPASP)", of("ECDC")),
                commitment(PREVENT, "Produce a proportionate partnership action plan to tackle risks identified in the Counter "
                        + "Terrorism Local Profile .", of("All")),
                commitment(PREVENT, "A Prevent Duty communications toolkit to be developed in order to share:",
                        "- Content for National Hate Crime awareness week;\n"
                                + "- Share key dates and messages;\n"
                                + "- Share positive facts about the benefits of community cohesion;\n"
                                + "- Information about reporting routes – text images;\n"
                                + "- Signs of radicalisation to look out for – infographics;\n"
                                + "- Activities that communities can do to increase cohesion within their local community.",
                        of("ECDC", "CCC", "All")));
    }
}
