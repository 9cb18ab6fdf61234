package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.action;
import static org.cspplanner.model.sample.PlanKit.dueMonth;
import static org.cspplanner.model.sample.PlanKit.milestone;
import static org.cspplanner.model.sample.PlanKit.org;
import static org.cspplanner.model.sample.PlanKit.orgs;

import java.util.List;

import org.cspplanner.model.Action;
import org.cspplanner.model.Milestone;

/**
 * The action plans of the South Cambridgeshire seed, one list per priority. Where the seed's lead column lists one
 * agency per milestone (1.5, 1.9, 2.1, 3.3, 4.3, 5.3), each milestone carries its own lead, read in order.
 */
final class SouthCambridgeshireActions {

    private static final String DRUGS = "Drug & Alcohol misuse";
    private static final String COMMUNITIES = "Engaging with all communities";
    private static final String YOUNG = "Involvement of Young People";
    private static final String HES = "SCDC Health & Environmental Services";

    private SouthCambridgeshireActions() {
    }

    private static Action act(String code, String title, List<String> leads, List<String> partners, List<String> tags,
                              Milestone... milestones) {
        return action(code, title).leads(leads.stream().map(PlanKit::org).toList()).partners(partners).tags(tags)
                .milestones(List.of(milestones)).build();
    }

    static List<Action> antisocialBehaviour() {
        return List.of(
                act("1.1", "Make use of available powers including warning letters, acceptable behaviour contracts, tenancy "
                                + "agreements contracts and ASBOs", List.of("Police"),
                        List.of("Fire & Rescue Service", "SCDC", "Youth Service", "Parish Councils"), List.of(),
                        milestone("1.1a", "Monthly multi-agency information sharing meeting held"),
                        milestone("1.1b", "Apply a problem-solving approach to reports of anti-social behaviour"),
                        milestone("1.1c", "Revised CDRP ASB strategy in place"),
                        milestone("1.1d", "Investigate setting up an intensive family support program")),
                act("1.2", "Make use of mediation service in neighbour disputes", List.of("SCDC Housing"), List.of(), List.of(),
                        milestone("1.2a", "Contribute funding to Cambridgeshire Mediation Service"),
                        milestone("1.2b", "Make Information available to residents and tenants about the service"),
                        milestone("1.2c", "Refer appropriate ASB cases occurring in SCDC Housing areas to mediation service")),
                act("1.4", "Improve the cleanliness of the District", List.of(HES), List.of("CFRS"), List.of(COMMUNITIES),
                        milestone("1.4a", "Establish a programme of at least 10 Community Clean up events per year "
                                + "throughout the District"),
                        milestone("1.4b", "Improve the appearance within 10 of the larger villages in the District"),
                        milestone("1.4c", "Commence investigation of all fly tipping reports within 24 hours"),
                        milestone("1.4d", "Focus enforcement interventions in identified fly tipping hotspots including "
                                + "using covert CCTV"),
                        milestone("1.4e", "Liaise with the County Council to identify any further support in fly tipping "
                                + "prevention")).toBuilder()
                        .description("For more information on actions 1.4a and 1.4b see SCDC Environmental Health Service "
                                + "Plan 2009–10").build(),
                act("1.5", "Address nuisance and abandoned vehicles", List.of(HES), List.of("CFRS"), List.of(),
                        milestone("1.5a", "Investigate 95% of reports of nuisance or abandoned vehicles within 24 hours of "
                                + "notification"),
                        milestone("1.5b", "Remove 94% of abandoned vehicles within 24 hours from the point of which the "
                                + "legally entitles to remove the vehicle"),
                        milestone("1.5c", "Improve liaison and intelligence sharing with the CDRP Vehicle Crime Task Group"),
                        milestone("1.5d", "Deploy police off–road motorcycles to tackle vehicles being used in an "
                                + "anti–social manner", org("Police")),
                        milestone("1.5e", "Contribute to the development of the countywide Speedwatch initiative",
                                org("County Council")),
                        milestone("1.5f", "Hold a Young Drivers safety event", org("CFRS"))).toBuilder()
                        .description("For more information on actions 1.5a and 1.5b see SCDC Environmental Health Service "
                                + "Plan 2009–10").build(),
                act("1.7", "Address anti-social behaviour caused by drugs and alcohol abuse",
                        List.of("DAAT", HES, "Probation"), List.of(), List.of(DRUGS, YOUNG),
                        milestone("1.7a", "CDRP Drugs & Alcohol group to meet quarterly"),
                        milestone("1.7b", "Improve quality and detail of the data available on alcohol and drug issues in "
                                + "the District"),
                        milestone("1.7c", "Commission alcohol services for young people"),
                        milestone("1.7d", "Contribute to the work of the Cambridgeshire Alcohol Commissioning Group to "
                                + "deliver the Cambridgeshire Alcohol Strategy"),
                        milestone("1.7e", "Make wide use of conditional cautions for offenders with drugs and/or alcohol "
                                + "issues"),
                        milestone("1.7f", "Refer offenders with drugs and/or alcohol issues to treatment services"),
                        milestone("1.7g", "Trading Standards to deliver services including Community Alcohol Partnership "
                                + "and Test Purchasing")),
                act("1.8", "Work with young people to raise awareness about anti-social behaviour, and their rights and "
                                + "responsibilities", List.of("County Youth Services"), List.of("ALL CDRP partners", "CCJB"),
                        List.of(YOUNG),
                        milestone("1.8a", "Deliver The Streets programme to over 1,000 year 9 students in village colleges "
                                + "across the District")),
                act("1.9", "Enable a wide range of opportunities for young people across the District",
                        List.of("County Youth Services"), List.of("CFRS"), List.of(YOUNG),
                        milestone("1.9a", "28% of young people aged 13–19 involved in youth clubs, projects, outreach and "
                                + "detached youth work"),
                        milestone("1.9b", "Targeted use of detached youth workers"),
                        milestone("1.9c", "Work with partners to provide grants for sports, play and arts projects and "
                                + "initiatives"),
                        milestone("1.9d", "Plan for a wide range of facilities for children, young people and families in "
                                + "growth areas in the District", org("SCDC New Communities Team")),
                        milestone("1.9e", "Work with 10 young people on CF&RS Mentoring Programme", org("CF&RS"))),
                act("1.10", "Undertake Visual audits to remove opportunities for crime", List.of("SCDC"),
                        List.of("Parish Councils", "CFRS"), List.of(COMMUNITIES),
                        milestone("1.10a", "Work with Parish Councils to set up a Visual Audits working group"),
                        milestone("1.10b", "Carry out a minimum of 3 visual audits")),
                act("1.11", "Respond to and investigate complaints of all forms of statutory nuisance", List.of(HES), List.of(),
                        List.of(),
                        milestone("1.11a", "Respond to complaints within 3 working days"),
                        milestone("1.11b", "Provide an out of hours service for handling nuisance complaints")));
    }

    static List<Action> reoffending() {
        return List.of(
                act("2.1", "Address prolific offenders through an effective Priority and Prolific Offenders (PPO) scheme",
                        List.of("Police", "Youth Offending", "Probation"), List.of(), List.of(),
                        milestone("2.1a", "Run all 3 strands of the PPO scheme", org("Youth Offending")),
                        milestone("2.1b", "Report quarterly to CDRP board and CCSSB", org("Police")),
                        milestone("2.1c", "Contribute to the work all PPO schemes in the county and in neighbouring counties",
                                org("Police/Probation")),
                        milestone("2.1d", "Monthly PPO meetings held to share information and agree co-ordinated action",
                                org("Police")),
                        milestone("2.1e", "Seek to secure long-term funding for entire PPO scheme", org("CDRP")),
                        milestone("2.1f", "Investigate the impact of adopting “Integrated Offender Management” principles "
                                + "to reduce re-offending", org("Police CCJB"))),
                act("2.2", "Improve housing provision for ex-offenders", List.of("Police", "SCDC Housing", "Probation"),
                        List.of(), List.of(),
                        milestone("2.2a", "Investigate the feasibility of setting up a Rent Deposit Scheme for PPOs"),
                        milestone("2.2b", "Establish a dialogue between partners to set up a Cambridgeshire Offender "
                                + "Accommodation Forum providing housing advice for offenders", org("SCDC Housing/Probation"))),
                act("2.4", "Work with offenders with substance misuse needs", List.of("Probation"), List.of(), List.of(DRUGS),
                        milestone("2.4a", "Use community orders to refer appropriate offenders to Drug Intervention "
                                + "Programme", org("Probation")),
                        milestone("2.4b", "Make use of community orders to refer appropriate offenders to Alcohol Treatment "
                                + "Requirement programme", org("Probation"))),
                act("2.5", "Improve employment opportunities for ex-offenders", List.of("Probation"), List.of(), List.of(),
                        milestone("2.5a", "Develop “Pathway to Work” scheme to support offenders in finding employment "
                                + "through liaison with Job Centre Plus")));
    }

    static List<Action> domesticViolence() {
        return List.of(
                act("3.1", "Hold a quarterly DV task group", List.of("DV Task Group"), List.of(), List.of(),
                        milestone("3.1a", "Assess data, discuss services, deliver support"),
                        milestone("3.1b", "Ensure representation on Southern Division MARAC"),
                        milestone("3.1c", "Work with County DV task group to establish a toolkit for measuring the "
                                + "effectiveness of local DV services"),
                        milestone("3.1d", "Use agreed toolkit to self-assess effectiveness of local DV services"),
                        milestone("3.1e", "Support plans for a County Domestic Abuse unit")),
                act("3.3", "Provide support to victims of Domestic Violence", List.of("DV Task Group"), List.of(),
                        List.of(YOUNG),
                        milestone("3.3a", "Run Freedom Programme to enable victims to identify and not tolerate DV",
                                org("Womens Aid")),
                        milestone("3.3b", "Run Young Peoples Freedom Programme", org("Romsey Mill")),
                        milestone("3.3c", "Investigate funding opportunities for Freedom programme"),
                        milestone("3.3d", "Meet requests to provide safe rooms via Sanctuary Scheme", org("Luminus Group")),
                        milestone("3.3e", "Provide “Jackpot” alarms to DV victims to enable priority response by Police",
                                org("Police"))).toBuilder()
                        .description("Managed by DV Task Group delivered by Womens Aid (3.3a) Romsey Mill (3.3b), Luminus "
                                + "Group (3.3d) ,Police (3.3e)").build(),
                act("3.4", "Tackle perpetrators of domestic abuse", List.of("Probation", "Police"), List.of(), List.of(),
                        milestone("3.4a", "Refer appropriate DV perpetrators to Integrated Domestic Abuse Programme",
                                org("Probation")),
                        milestone("3.4b", "Contribute to county wide MAPPA scheme")));
    }

    static List<Action> burglary() {
        return List.of(
                act("4.1", "Hold a regular multi-agency Burglary Task Group", List.of("Police"),
                        List.of("Fire & Rescue Service", "SCDC Housing"), List.of(),
                        milestone("4.1a", "Meeting held every 2 months"),
                        milestone("4.1b", "Burglary Task Group to identify and agree on CDRP initiatives in response to "
                                + "crime trends and hotspots")),
                action("4.2", "Address known burglars through the PPO scheme").leads(orgs("Police"))
                        .description("See Action 2.1 for more information").build(),
                act("4.3", "Provide support and advice to residents about keeping their homes secure", List.of("Police"),
                        List.of("CDRP partners", "CCJB"), List.of(COMMUNITIES),
                        milestone("4.3a", "Regular messages distributed through e-cops", org("Police")),
                        milestone("4.3b", "Information distributed at road shows, Neighbourhood Panel meetings and to Parish "
                                + "Councils", org("Police")),
                        milestone("4.3c", "Make homes secure through the county wide Bobby Scheme",
                                org("Police Shrievalty Trust")),
                        milestone("4.3d", "Set up Cambridgeshire Homeshield scheme", org("Burglary Task Group"))),
                act("4.4", "Combat Rogue Traders", List.of("County Trading Standards Service"),
                        List.of("Police", "SCDC Housing", "Bobby Scheme", "Fire Service"), List.of(COMMUNITIES),
                        milestone("4.4a", "Respond to calls from residents concerned about rogue traders"),
                        milestone("4.4b", "Work with local communities to prevent residents becoming victims of rogue "
                                + "traders and distraction burglary"),
                        milestone("4.4c", "Consider establishing No Cold Calling Zones in the District where required to "
                                + "reduce doorstep crime"),
                        milestone("4.4d", "Ensure CDRP representation at Countywide Distraction Burglary group")));
    }

    static List<Action> vehicleCrime() {
        return List.of(
                act("5.1", "Take preventative action to reduce vehicle crime", List.of("Fire & Rescue Service", "Police"),
                        List.of("SCDC Housing"), List.of(),
                        milestone("5.1a", "Vehicle Crime Task Group meeting held every 2 months"),
                        milestone("5.1b", "Vehicle Task Group to identify and agree on initiatives in response to crime "
                                + "trends and hotspots"),
                        milestone("5.1c", "Analyse vehicle crime data that contributes to National Indicator 16 (Reduce "
                                + "Serious acquisitive crime rate)")).toBuilder().due(dueMonth(2010, 3)).build(),
                action("5.2", "Address known vehicle crime offenders through the PPO scheme").leads(orgs("Police"))
                        .description("See action 2.1 for more information").build(),
                act("5.3", "Provide good advice to residents about keeping vehicles secure", List.of("Police"),
                        List.of("CDRP partners", "CCJB"), List.of(COMMUNITIES),
                        milestone("5.3a", "Regular messages distributed through e-cops", org("Police")),
                        milestone("5.3b", "Information distributed at Neighbourhood Panel meetings and to Parish Councils",
                                org("Police")),
                        milestone("5.3c", "Hold 4 CDRP road shows a year", org("CDRP"))));
    }
}
