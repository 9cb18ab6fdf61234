package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.action;
import static org.cspplanner.model.sample.PlanKit.due;
import static org.cspplanner.model.sample.PlanKit.orgs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cspplanner.model.Action;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.Lead;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.StrategicSection;

/**
 * Seed 004, the Safer North West Leicestershire Action Plan 2017/18: three priorities crossed with five strategic
 * sections, plus the seed's "additional cross priority actions" as a fourth theme whose actions sit in no section.
 * Empty cells stay empty, as in the seed (violence × sections 4 and 5, cybercrime × sections 3 and 4).
 * The seed numbers two different actions ASB14; the second (under section 5) is ASB15 here so codes stay unique.
 */
final class NorthWestLeicestershireSeed {

    private static final PlanKit KIT = new PlanKit("seed-004-north-west-leicestershire");
    private static final StrategicSection SAFER = KIT.section("1",
            "To make our community safer for residents, communities, business and visitors");
    private static final StrategicSection VULNERABLE = KIT.section("2",
            "To support and protect all those who are vulnerable within our community");
    private static final StrategicSection VALUE = KIT.section("3",
            "To work in partnership to achieve better value in what we deliver to residents, communities, business and visitors");
    private static final StrategicSection SUBSTANCE = KIT.section("4", "Tackle Substance/Alcohol Misuse");
    private static final StrategicSection OFFENDING = KIT.section("5", "Reducing offending/Re offending");
    private static final DueDate MARCH_2018 = due(2018, 3, 31);
    private static final DueDate SEPT_2017 = due(2017, 9, 1);

    private NorthWestLeicestershireSeed() {
    }

    static Plan create() {
        return Plan.builder("Safer North West Leicestershire Action Plan 2017/18")
                .id(KIT.id("plan"))
                .partnership("Safer North West Leicestershire Partnership")
                .financialYear(new FinancialYear(2017))
                .status(PlanStatus.ADOPTED)
                .sections(NorthWestLeicestershireNarrative.sections())
                .organisations(List.of(
                        KIT.organisation("North West Leicestershire District Council", "NWLDC", "Responsible authority (district council)"),
                        KIT.organisation("Leicestershire County Council", "LCC", "Responsible authority (county council)"),
                        KIT.organisation("Leicestershire Police", "Police", "Responsible authority (police)"),
                        KIT.organisation("Leicestershire Fire & Rescue", "Fire", "Responsible authority (fire and rescue)"),
                        KIT.organisation("National Probation Service", "NPS", "Responsible authority (probation)"),
                        KIT.organisation("West Leicestershire Clinical Commissioning Group", "WLCCG", "Responsible authority (health)"),
                        KIT.organisation("Leicestershire Fire Authority", "", "Responsible authority (fire authority)"),
                        KIT.organisation("Turning Point", "", "Drug and alcohol service provider"),
                        KIT.organisation("", "UAVA", ""),
                        KIT.organisation("Victim First", "", ""),
                        KIT.organisation("Youth Offending Service", "YOS", "")))
                .strategicSections(List.of(SAFER, VULNERABLE, VALUE, SUBSTANCE, OFFENDING))
                .themes(List.of(
                        KIT.theme("V", "Protect those that live, work and visit the District from the effects of violence.",
                                "Priority 2: Protecting those that live, work and visit the district from the effects of violence.",
                                null, violence()),
                        KIT.theme("ASB", "Increasing community confidence by effectively addressing Anti-social behaviour and its causes.",
                                "Priority 1: Increasing community confidence by effectively addressing Anti-social behaviour and its causes.",
                                null, antisocialBehaviour()),
                        KIT.theme("CC", "Support for business, schools and residents to reduce the risk of Cybercrime",
                                "Priority 3: Support for business, schools and residents to reduce the risk of Cybercrime.",
                                null, cybercrime()),
                        KIT.theme("AA", "Additional cross priority actions", "", null, crossPriority())))
                .funding(List.of(new FundingLine("Community safety work", new BigDecimal("34500.00"),
                        "Leicestershire's Police and Crime Commissioner")))
                .build();
    }

    private static Action row(String code, String title, String outcome, List<Lead> leads, String barriers,
                              DueDate due, StrategicSection section) {
        UUID sectionId = section == null ? null : section.id();
        return action(code, title).outcome(outcome).leads(leads).barriers(barriers).due(due).sectionId(sectionId).build();
    }

    private static List<Action> violence() {
        return List.of(
                row("V01", "Continue to develop CSE awareness.", "Raised awareness of the positive work of Kayleigh's Love "
                        + "Story. The community are aware of the risks", orgs("NWLDC"), "Nil", MARCH_2018, SAFER),
                row("V02", "Add capacity to support victim's witnesses and secondary victims of Domestic abuse.",
                        "An increased level of support on offer to help witnesses and secondary victims of DA. Support the "
                                + "Sanctuary project", orgs("UAVA", "NWLDC"),
                        "Cost and capacity of staff will be a limiting factor", MARCH_2018, VULNERABLE),
                row("V03", "Build the DA message into the Cybercrime work streams", "A raised awareness of the DA messages, "
                        + "significant issues relating to DA are cyber enabled.", orgs("NWLDC"), "", null, VULNERABLE),
                row("V04", "Train front line staff and partners on the toxic trio.", "Increase awareness of the 'toxic trio'. "
                        + "Front line workers will be empowered and aware of the 3 strands of the trio.",
                        orgs("NWLDC", "Police"), "Will require the cross training of professionals", MARCH_2018, VULNERABLE),
                row("V05", "Deliver joint licensing visits with police, fire and licensing teams and match opening times with "
                        + "CCTV coverage", "Improved information sharing and outcomes CCTV coverage matches the opening "
                        + "times of licensed premises. Increase partnership working with Licensing and Licences.",
                        orgs("NWLDC", "Police", "Fire", "Turning point"), "None identified", MARCH_2018, VALUE),
                row("V06", "Deliver Meet and Eat sessions on violence Use children centres if possible for this type of event.",
                        "Opportunity for professional from other fields to network on changes in violence. Increase "
                                + "intelligence", orgs("NWLDC"),
                        "Consider specialism events for DA and CSE for clarity of message.", MARCH_2018, VALUE),
                row("V07", "Deliver town centre based events such as Celebrate Safely campaign, Including Know your limits "
                        + "work and drug initiatives Deploy the drugs dog, drug swabs, Knife arch or outreach staff where "
                        + "possible.", "A reduction of violence at 'pinch point' events such as Christmas\nReduce overall "
                        + "violent crime in the town centres\nIncreased public awareness of proactive police interventions",
                        orgs("Police"), "Consider linking to Celebrate safely at County level.", MARCH_2018, VALUE));
    }

    private static List<Action> antisocialBehaviour() {
        return List.of(
                row("ASB01", "Develop a network of Community ASB champions", "The network will be community based and will "
                        + "support residents in the self-management of low level ASB. They will help people understand the "
                        + "ASB process.", orgs("NWLDC CS"),
                        "Recruitment and retention of Champions & staff time to establish scheme", MARCH_2018, SAFER),
                row("ASB02", "Train Councillors and the Town and Parish councils on the principles of ASB", "Increase "
                        + "satisfaction by helping to clarify process, outcomes and resolutions. Reduce call to services and "
                        + "empowers Councillors to manage low level ASB. Enhance evidence and community intelligence. "
                        + "Prevent, resolve or design out low level ASB.", orgs("NWLDC CS/CF"),
                        "Not all Town or Parish councils will engage or attend training", SEPT_2017, SAFER),
                row("ASB03", "Increase the publication of good news stories to increase confidence", "Increase confidence "
                        + "Positive case closure articles to show positive outcomes increasing confidence in enforcement.",
                        orgs("All"), "Challenge partners as we are traditionally shy in promoting enforcement.", MARCH_2018,
                        SAFER),
                row("ASB04", "Increase use of ASB legislation", "Make better use of the powers following Action by the Police. "
                        + "Use the range of powers agreed by partners (Closure orders, PSPO and Injunctions).",
                        orgs("Police", "NWLDC"), "Cost of action", MARCH_2018, SAFER),
                row("ASB05", "Improved management of expectations. Provide written information on ASB to victims in an "
                        + "accessible format. Introduce the Witness promise", "Increase satisfaction by helping to clarify "
                        + "process, outcomes and resolutions. Produce guidance on ASB, reporting, evidential standards. "
                        + "Improve the confidence by delivering the victim promise. (What the victim can expect in a plain "
                        + "English).", orgs("All"), "", MARCH_2018, VULNERABLE),
                row("ASB06", "Provide mediation across services to tackle cases where no formal interventions are required.",
                        "Provide improved outcomes for the lower level neighbour/civil disputes. Provide equal response to "
                                + "all residents irrespective of tenure. Reduce escalation", orgs("NWLDC"),
                        "Sustainability of service/cost", SEPT_2017, VULNERABLE),
                row("ASB07", "Provide information on home CCTV to reduce tensions based on inappropriate use of home CCTV",
                        "Produce guidance, based on the OIC information in a format accessibly to homeowners.", orgs("NWLDC"),
                        "Advice may change with new legislation", SEPT_2017, VULNERABLE),
                row("ASB08", "Raise the voice of young people in the delivery of ASB actions", "Develop contact with young "
                        + "people in the district by youth councils, youth cafés and youth working groups.",
                        orgs("NWLDC", "schools", "SLF"), "Managing the aspirations of young people", SEPT_2017, VULNERABLE),
                row("ASB09", "Improve the planning process of recreational facilities to reduce building hotspots", "Increase "
                        + "the links to parks, planning and parish councils to design out ASB and crime. Promote ownership "
                        + "of new spaces to community to empower local communities, setting rules of use.", orgs("NWLDC"),
                        "", SEPT_2017, VALUE),
                row("ASB10", "Deliver shared ASB training to front line practitioners. Improve process/information to signpost "
                        + "case that are not ASB", "Shared training will increase the clarity of message increase "
                        + "partnership working. Reduce calls of a non ASB nature, for example civil disputes.",
                        orgs("NWLDC", "LCC"), "Possible replication of training, agencies may insist on internal training "
                                + "process. Current website processes.", SEPT_2017, VALUE),
                row("ASB11", "Improve Sentinel as a case management system to include shared performance data.", "CSP to "
                        + "assist County and Districts to get the best from the system Intelligence sharing's Increase "
                        + "functionality", orgs("County ASB Delivery and Strategy group"), "", MARCH_2018, VALUE),
                row("ASB12", "Promote referral process to YOS, especially for drug use.", "By raising awareness of the "
                        + "process, increase early referral rates to Turning Point and YOS.", orgs("YOS"), "", SEPT_2017,
                        VALUE),
                row("ASB13", "Turning Point to enhance feedback to referrers", "Improve feedback from service providers post "
                        + "referral to increase confidence. Provide statistical data to CSP board", orgs("Turning Point"),
                        "", SEPT_2017, SUBSTANCE),
                row("ASB14", "Challenge licensed premises that contribute to ASB issues.", "Reduction of ASB issues relating "
                        + "to licences premises. Improved cooperation between Licensing and Community Safety to reduce "
                        + "caseload.", orgs("NWLDC CST"), "", MARCH_2018, SUBSTANCE),
                action("ASB15", "Increase use of Pub watch images to increase awareness on known offenders. (cross "
                        + "cutting-Violent crime)").outcome("Raise the profile of problematic drinkers that cause ASB and "
                        + "violence on Licensed premises.").leads(orgs("Pub Watch"))
                        .barriers("Pub watch is voluntary. Data protection issues").due(SEPT_2017)
                        .sectionId(OFFENDING.id()).tags(List.of("Violent crime")).build());
    }

    private static List<Action> cybercrime() {
        return List.of(
                row("CC01", "Create Cybercrime packs for events. Multiple packs will be needed for different groups. Create "
                        + "advice on where to report what Packs required.\n- Community/private SLF\n- Business\n- Young "
                        + "people\n- Off line cybercrime (phone scams elderly)", "Create a branded Cybercrime pack for "
                        + "deployment at public events to raise awareness. A resource pack to help empower families to "
                        + "understand the online world and the risks. Will include how to ask for help, such as SLF with the "
                        + "management of YP online. Include password advice Use traditional media, such as Posters, beer "
                        + "mats and adverts to raise awareness of staying safe online. Promote being a good neighbour "
                        + "(digital and physical). Consider articles in local/community magazines. Use traditional venues, "
                        + "such as Doctors, Dentist and CAB.", orgs("NWLDC CS"), "storage of packs will need to be considered",
                        MARCH_2018, SAFER),
                row("CC02", "Hold a professionals 'Lunch and Learn' events on cyber crime", "Create events for professionals "
                        + "to attend to learn about Cybercrime. Include business, Partners and 3rd sector groups.",
                        orgs("NWLDC CS"), "Cost and venue. Officer time to attend", MARCH_2018, SAFER),
                row("CC03", "Deliver community roadshow on cyber crime", "Attend events to deliver a cybercrime message. "
                        + "Support Community Focus at high footfall events such as Picnic in the Park. Support Schools – "
                        + "Warning Zone", orgs("NWLDC CS"), "Finance", MARCH_2018, SAFER),
                row("CC04", "Provide small grants/support to business to help them become Cyber essential", "Target work, via "
                        + "small grants or direct support (such as IT teams) Business become cyber essential.",
                        orgs("NWLDC CS"), "Over subscription", MARCH_2018, SAFER),
                row("CC05", "Create digital champions", "Create a team of digital 'go to staff' for cybercrime advice. Embed "
                        + "in each partner agency, they will support the priority from within each organisation/team.",
                        orgs("NWLDC CS"), "Recruitment of the champions. Cross over with ASB actions.", MARCH_2018, SAFER),
                row("CC06", "Support victims post cyber crime", "Better advice for victims and post cybercrime literature. CEOP "
                        + "and NSPCC training.", orgs("Victim First"), "Finance", MARCH_2018, VULNERABLE),
                row("CC09", "Increase referrals for digital offenders/victims", "Clearer pathways to referral for support "
                        + "services", orgs("NWLDC CS"), "", MARCH_2018, OFFENDING));
    }

    private static List<Action> crossPriority() {
        return List.of(
                row("AA01", "Create CSP Certificates/Awards of excellence for cases closed in new and affective way",
                        "Celebrate staff who have gone above and beyond to manage ASB cases. Support the professional "
                                + "development of staff.", orgs("CSP (CS team)"), "", MARCH_2018, null),
                row("AA02", "Explore opportunities to support offenders. Use the 7 pathways out of offending.", "Support "
                        + "offered earlier to offenders resulting in a decrease in re offending", orgs("NWLDC"),
                        "Cost and new legislation", MARCH_2018, null),
                row("AA03", "Develop CSP social media footprint, with strong Cybercrime theme", "Increase awareness of risk "
                        + "using new social media by the CSP, with a strong cyber element. Make use of police cyber feeds, "
                        + "#tell2, #itsacrime and other Hashtags", orgs("NWLDC CS"),
                        "Internal regulations on social media accounts", MARCH_2018, null),
                row("AA04", "Improve community safety advice on council website", "Availability of better web pages for "
                        + "cybercrime and a links page in an easy access format", orgs("NWLDC CS"),
                        "Internal regulations on online accounts", MARCH_2018, null),
                row("AA05", "Improve access to shared data.", "Improve decision making across the Partnership by sharing data "
                        + "and improving the use of analytics.", orgs("NWLDC"), "Data protection issues.", SEPT_2017, null));
    }
}
