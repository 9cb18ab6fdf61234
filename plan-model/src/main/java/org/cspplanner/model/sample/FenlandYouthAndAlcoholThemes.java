package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.FenlandSeed.leads;
import static org.cspplanner.model.sample.FenlandSeed.officer;
import static org.cspplanner.model.sample.FenlandSeed.percentTarget;
import static org.cspplanner.model.sample.FenlandSeed.project;
import static org.cspplanner.model.sample.FenlandSeed.row;
import static org.cspplanner.model.sample.FenlandSeed.theme;

import java.util.List;

import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Rag;
import org.cspplanner.model.Theme;

/** Themes 3 and 4 of the Fenland seed: children and young people, and alcohol. */
final class FenlandYouthAndAlcoholThemes {

    private static final ActionStatus ON = ActionStatus.IN_PROGRESS;

    private FenlandYouthAndAlcoholThemes() {
    }

    static Theme youngPeople(PlanKit kit) {
        Lead lofting = officer("Lorraine Lofting", "CCC");
        Lead dove = officer("Sharon Dove", "FDC");
        return theme(kit, "3", "Support and awareness to children & young people", List.of(
                row("3.2.1", "Awareness and reporting mechanisms to promote healthy relationships",
                        "Increase of young people reporting domestic abuse, Child Sex Exploitation improve opportunities for "
                                + "young people to access services", leads(lofting), ON, List.of(),
                        project("Work with local academies to deliver an awareness project highlighting domestic abuse & CSE "
                                        + "between young people.",
                                "Develop baseline through CCC reports in Fenland by children & young people 2013/14 baseline",
                                lofting, ON, Rag.GREEN,
                                "Bid received to FCSP to commit £2,500 to run Chelsea's choice in selected secondary schools. "
                                        + "Chelsea's choice is production aimed at Yr10 pupils raising awareness of Child "
                                        + "Sexual Exploitation & risk taking behaviour. 5 senior schools are signed up for the "
                                        + "delivery and work associated with this project Delivery 2015/16")),
                row("3.2.4", "Awareness and delivery of key safety messages to C&YP. (Safety Zone, Collapsed Days & drop in sessions)",
                        "C&YP have an awareness of risk taking behaviour and the knowledge how to identify and report a crime "
                                + "or safeguard others", leads(dove), ON,
                        List.of(percentTarget("Fenland Primary schools attending Safety Zone", "85", "85")),
                        project("Deliver the Safety Zone project to Fenland Primary schools",
                                "85% of the Fenland Primary schools attending 85%", dove, ActionStatus.COMPLETE, Rag.GREEN,
                                "Funding application submitted in Q1 to cover all Safety Zone events\nWisbech (July 2014)- 12 "
                                        + "out of 13 Wisbech based primary schools attended 92%\nMarch (March 2015)- 11 schools "
                                        + "out of 12 attended with approximately 400 year 5 students\nWhittlesey (March 2015)- "
                                        + "3 out of 4 schools attended with approximately 170 year 5 students"),
                        project("Deliver Collapsed Days project to Fenland Academies highlighting Risk taking behaviour",
                                "Delivery of key messages to Yr10 students\nNo's engaged\nNeale Wade - 260\nCromwell - 200",
                                dove, ON, Rag.AMBER,
                                "Neale Wade & Cromwell delivery complete but is separate formats as the projects are run "
                                        + "through different providers Funding issues about rates charged to deliver from "
                                        + "partners to be discussed and resolved. This project will rolled over to the "
                                        + "2015/16 CSP plan in different Safeguarding and exploitation projects")),
                row("3.2.5", "Deliver diversionary activities to identified groups in Fenland",
                        "Improved perceptions of C&YP in Fenland communities through outreach work", leads(), ON, List.of(),
                        project("Discussions and further partnership development of projects across the district", "", null,
                                ON, Rag.AMBER,
                                "Possibility of P&CC Police Cadet scheme being launched in Wisbech in the next financial year "
                                        + "following the Peterborough pilot Need improved data on locality initiatives which "
                                        + "engage C&YP Roll over to 2015/16 plan if appropriate for new Themes and projects"))));
    }

    static Theme alcohol(PlanKit kit) {
        Lead boughen = officer("Alan Boughen", "Police");
        Lead locks = officer("Aarron Locks", "FDC");
        return theme(kit, "4", "Reduce the impact on the community where alcohol is a key factor", List.of(
                row("4.2.1", "Community Action Area projects in key locations where alcohol misuse has a negative impact on "
                                + "the community",
                        "Reduction of incidents in the chosen location and improved perceptions of this area by local residences",
                        leads(boughen), ON, List.of(),
                        project("Link to Health Strategy (alcohol) and deliver actions to reduce incidents and the impact on "
                                        + "residents after partnership intervention.",
                                "Reduction alcohol related incidents in NTE areas\nTarget reduction of 10%\n2013/14\n"
                                        + "Wisbech -21 inc\nMarch +8 inc",
                                boughen, ON, Rag.AMBER,
                                "Work continues with licensing partners, effective Pubwatch partnership, Op Titan is support "
                                        + "from Special Constabulary focussed on NTE issues. Police recorded violence against "
                                        + "the person in the pub cluster of March has shown an increase of 8 crimes for year to "
                                        + "date (November 2014). The pub cluster in Wisbech has seen a reduction of 21 "
                                        + "incidents in violence against the person offences. Across the Constabulary there "
                                        + "have been increases in violence against the person offences. Police Constable "
                                        + "appointed to role of Licensing Officer which has seen improved communication and "
                                        + "working relations between police and FDC licensing team.")),
                row("4.2.3", "Tackle street drinking in key Fenland locations highlighted by community or partnership evidence",
                        "Improved perception of street drinking in key locations and improved engagement with identified "
                                + "street drinkers", leads(locks, officer("Joe Keegan", "CCC")), ON, List.of(),
                        project("Deliver a street based project to reduce the impact on the community where alcohol related "
                                        + "behaviour is highlighted",
                                "Reduction in alcohol related litter\nImprovement against the perception survey where an "
                                        + "alcohol is deemed a problem",
                                locks, ON, Rag.GREEN,
                                "Multi agency meeting was delivered in November to gain partner buy in and to develop a joint "
                                        + "partnership alcohol action plan to tackle both street drinking & vulnerability. "
                                        + "Joint patrols continue between Streetscene (FDC) and Police officers at key Wisbech "
                                        + "street drinking locations. Improved data capturing from street drinkers is being "
                                        + "progressed by Police to include information on housing, place of work, GP support, "
                                        + "place of purchase (alcohol) and reason for drinking in a public place.\nAction plan "
                                        + "to contain\nTheme 1 – Improve recording of street drinking; need and focus\nTheme 2 "
                                        + "– Reduce the impact on the community where alcohol is a key factor through multi "
                                        + "agency support work\nTheme 3 – Increase front line officer and local business "
                                        + "training to improve confidence, advice and sign posting\nTheme 4 – Improved "
                                        + "promotion activity to help reduce the risk of alcohol misuse and harm"),
                        project("Align CSP & Health & Wellbeing board actions to reduce risk of duplication – linked to above project",
                                "Evidence of joint working between both partnerships", locks, ON, Rag.GREEN,
                                "See project update above – health partners are involved in the multi agency meeting to "
                                        + "develop a street based project to reduce the impact of alcohol on the local "
                                        + "community, including representation and support from LCG."),
                        project("Partnership approach to tackle known street drinkers and the impact they have on the community",
                                "Development under Alcohol Action Plan – Theme 1", locks, ON, Rag.GREEN,
                                "Police & the council's Street scene team continued identification of problematic street "
                                        + "drinkers for partnership engagement to support them and change their behaviour "
                                        + "which impacts on the community. Ghost Passage being considered for ASB powers to "
                                        + "reduce impact upon local residents and organisations. This will roll over to the "
                                        + "CAA section of the 2015/16 plan. E-CINS continues to be used as the main "
                                        + "information sharing resource to aid support, intervention and enforcement as "
                                        + "required. Police Licensing Officer represents Constabulary at Alcohol Project Task "
                                        + "Group, those individuals considered to have habitual alcohol issues are identified "
                                        + "and recorded as vulnerable adults for referral to MASH.")),
                row("4.2.4", "Support the transition from DPPO to new ASB powers as appropriate (October 14)",
                        "Community awareness of the new powers and how the partnership intent to deliver them",
                        leads(officer("Rob Mitchell", "FDC")), ON, List.of(),
                        project("Linked to a countywide strategy implement the new ASB powers and gather community feedback on "
                                        + "their success.",
                                "Develop project inline with County steering group\nASB community survey results focussing on "
                                        + "the street drinking data.",
                                officer("Rob Mitchell", "FDC"), ON, Rag.GREEN,
                                "Workshop 17 th July to discuss the differences between DPPO & PSPO Peterborough and "
                                        + "Huntingdon making changes first so best practice and improvements with come from "
                                        + "there. Continued project but as part of the Alcohol project plan to aid delivery in "
                                        + "identified Fenland hotspots"))));
    }
}
