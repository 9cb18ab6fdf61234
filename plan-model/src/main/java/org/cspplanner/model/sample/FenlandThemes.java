package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.FenlandSeed.Q4;
import static org.cspplanner.model.sample.FenlandSeed.leads;
import static org.cspplanner.model.sample.FenlandSeed.officer;
import static org.cspplanner.model.sample.FenlandSeed.percentTarget;
import static org.cspplanner.model.sample.FenlandSeed.project;
import static org.cspplanner.model.sample.FenlandSeed.row;
import static org.cspplanner.model.sample.FenlandSeed.theme;
import static org.cspplanner.model.sample.PlanKit.actual;
import static org.cspplanner.model.sample.PlanKit.target;

import java.util.List;

import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;

/** The four strategic themes of the Fenland seed, with the action rows copied from the seed text. */
final class FenlandThemes {

    private static final ActionStatus ON = ActionStatus.IN_PROGRESS;
    private static final ActionStatus DONE = ActionStatus.COMPLETE;

    private FenlandThemes() {
    }

    static Theme confidence(PlanKit kit) {
        Lead fenton = officer("Nicola Fenton", "P&CC");
        Lead locks = officer("Aarron Locks", "FDC");
        Lead mitchell = officer("Rob Mitchell", "FDC");
        return theme(kit, "1", "Monitor & improve public confidence", List.of(
                row("1.2.1", "Create opportunities to gather and monitor feedback from the community",
                        "Fenland residents are given the opportunity to feedback on the work of the Community Safety Partnership",
                        leads(fenton), ON, List.of(),
                        project("Create positive messages to be circulated through Fenland communities focussing on negatives "
                                        + "highlighted by surveys and social media Fenland locations.",
                                "Development of a questionnaire / survey to gain more specific feedback in relation to the CSP "
                                        + "priorities\nDevelop forums with education providers in Fenland",
                                fenton, ON, Rag.GREEN,
                                "364 Fenland residents answered a online survey, Feedback from the engagement found whilst "
                                        + "respondents have concerns about crime and anti-social behaviour in their local area, "
                                        + "the majority (67%) either replied that crime and anti-social behaviour was not much "
                                        + "of a problem (55%), not a problem at all (11%) or gave no specific answer (1%) to "
                                        + "this question. The remaining 32% who replied that crime and anti-social behaviour is "
                                        + "either a big problem (8%) or quite a big problem (24%). These baseline figures will "
                                        + "be reviewed as part of a yearly CSP perception campaign")),
                row("1.2.2", "Public satisfaction after a Community Action Area (CAA) project",
                        "Fenland residents feedback on the work of the Community Safety Partnership on the work carried out "
                                + "on the identified CAA",
                        leads(locks, officer("Sgt Ben Di-Meo", "")), ON, List.of(),
                        project("Develop and deliver strategies to reduce incidents in identified areas and reduce the impact "
                                        + "on residents after partnership intervention",
                                "Tailored to the type of crime & disorder and community impact\nCommunity satisfaction "
                                        + "Before-During-After\nCommunity forums",
                                locks, DONE, Rag.GREEN,
                                "Norfolk Street – RDCCTV unit installed 16 th July 2014. CCTV team monitor the area on a 24/7 "
                                        + "basis with any identified incidents being reported to relevant partner agencies for "
                                        + "intervention. Since the introduction of the RDCCTV unit, the CCTV team have recorded "
                                        + "a steady reduction in the number of crime related incidents within the immediate "
                                        + "area. (July-2, Aug-4, Sep-1, Oct-1, Nov-2, Dec-1, Jan-2, Feb-1, Mar-1). Through the "
                                        + "introduction of CCTV and intervention by local partners this has led to clear "
                                        + "reductions of crime and anti social behaviour within Norfolk Street. The area is now "
                                        + "being monitored as every day business."),
                        project("CCTV unit deployment (awaiting install)", "", locks, ON, Rag.AMBER,
                                "CCTV unit sourced and waiting install at location once assessments and agreements have been "
                                        + "approved. Delayed due to lighting column structure. A number of deployment options "
                                        + "are being explored between CCC / FDC / QSG & Balfour Beatty. Project to carry over."),
                        project("Waterlees dispersal order", "", officer("Sgt Ben Di-Meo", ""), DONE, Rag.GREEN,
                                "The Waterlees dispersal order started on the 22/08/2014, it stayed in force until "
                                        + "18/01/2015. 30 people of different ages have been dispersed for behaviour such as "
                                        + "throwing stones at houses, careless cycling and lighting fires. Of these 4 "
                                        + "individuals under the age of 16 have been identified as ring leaders and were "
                                        + "engaged with intervention tactics. All this targeted work led to reductions of ASB "
                                        + "in the Waterlees area and community satisfaction with work carried out by partners")),
                row("1.2.3", "Support and reaction to identified High risk victims of ASB",
                        "Appropriate support to identified victims of ASB leading to reduction of risk in line with the PSG SLA",
                        leads(mitchell), ON,
                        List.of(percentTarget("Case conference / partner actions for high risk victim within 5 days", "85", "81"),
                                percentTarget("Risk of harm removed from High risk to Medium victims in 7days", "85", "71")),
                        project("Improved identification of High risk victims using the use of the Risk assessment matrix",
                                "Case conference / partner actions for high risk victim within 5 days Target 85% 81%",
                                mitchell, ON, Rag.AMBER,
                                "21 identified High risk victims of which 17 had evidence of case conference and agreed "
                                        + "partnership actions within 5 days which is 81% Of the 17 high risk victims, 12 had "
                                        + "the risk reduced to medium in 7 days which is 71% - 3 did not meet the target as "
                                        + "they were criminal cases which are on-going and 2 did not meet the target due to "
                                        + "victim not engaging with agency despite phone calls, letters and visits. "
                                        + "Professional judgement ensured that these victims had appropriate measure in place "
                                        + "although they would not engage"),
                        project("Planned interventions against identified individuals",
                                "Risk of harm removed from High risk to Medium victims in 7days Target 85% 71%",
                                null, ON, Rag.RED, "")),
                row("1.2.4", "Develop and deliver a CSP media strategy to highlight continued partnership work",
                        "Community is aware of the Themes and existence of the CSP", leads(mitchell), ON, List.of(),
                        project("Directed by the crime calendar develop four media campaigns to deliver positive messages of "
                                        + "the partnerships work to the public",
                                "Number of media releases Inc. harder to reach groups\nOne per quarter", mitchell, ON,
                                Rag.GREEN,
                                "Twitter account developed November 2014\nGeneral re-tweets of relevant partner information "
                                        + "and updates on the partnership\nTargeted media to address\n- Focus on Wisbech "
                                        + "perceptions\n- Improving reporting different crime types\n- Partnership updates\n"
                                        + "The CSP is developing a full media strategy for 2015/16 to be delivered monthly on "
                                        + "relevant community safety themes")),
                row("1.2.5", "Develop community pride events links to highlighted community concerns as a focus",
                        "Fenland residents are given the opportunity to interact with members of the partnership",
                        leads(fenton), ON, List.of(),
                        project("Link in with existing community groups to discuss the work and allay concerns within Fenland "
                                        + "communities", "Numbers of sessions attended by CSP representatives", fenton, ON,
                                Rag.RED,
                                "Concerns which are highlighted from public surveys will inform a series of community pride "
                                        + "events starting with Wisbech with a focus on encouraging people to come in to the "
                                        + "town centre in the evening. The project will aim to bring together local community "
                                        + "groups and businesses to highlight their work or services to members of the "
                                        + "community alongside an opportunity for members of the public to find out more "
                                        + "about, and interact with members of the CSP. Lead officer left post - Review if "
                                        + "appropriate to carry over to 2015/16"))));
    }

    static Theme prevention(PlanKit kit) {
        Lead mitchell = officer("Rob Mitchell", "FDC");
        Lead kerss = officer("Si Kerss", "CCC");
        Lead hanrahan = officer("Julie Hanrahan", "Police");
        Lead locks = officer("Aarron Locks", "FDC");
        Lead mathews = officer("Elaine Mathews", "");
        Lead staton = officer("Matt Staton", "CCC");
        return theme(kit, "2", "Delivery of prevention and awareness projects to Fenland communities", List.of(
                row("2.2.1", "Implementation of the new ASB powers", "Clarity of the Home office powers and reporting processes",
                        leads(mitchell), DONE, List.of(),
                        project("Communicate the changes to the public and gain feedback to show the message has been received",
                                "In Partnership deliver a consistent message to Fenland communities", mitchell, DONE,
                                Rag.GREEN,
                                "Police Countywide steering group developed and delivering media coverage. Webpage and "
                                        + "partnership links formed for display on 20th October 14 ready for the Cross county "
                                        + "led to each district taking responsibility for the policies and procedures to "
                                        + "implement the relevant powers. New powers are now being delivered across the county "
                                        + "and the flexibility of these powers has improved reaction time to many ASB and "
                                        + "environmental cases. The problem solving partners have welcomed the new powers and "
                                        + "the flexibility they bring.")),
                row("2.2.2", "Increase Domestic Abuse reporting with a focus on harder to reach Fenland communities",
                        "Frontline staff/workforce has knowledge of identification, services, safeguarding and referral pathways.",
                        leads(kerss), ON,
                        List.of(target("Number of DA reports", "reports", Polarity.HIGHER_IS_BETTER, "1938", "2013/14",
                                "2033", null, null)),
                        project("Awareness & training to raise awareness and improve reporting of domestic abuse. Monitor the "
                                        + "support to victims to reduce the chance of repeat offences",
                                "Number of DA reports increased 5%\n2013/14 Baseline- 1938\nIncrease by 95 reports\n152 "
                                        + "referrals to IDVA for Fenland\nTraining events delivered - 2",
                                kerss, ON, Rag.RED,
                                "Training has not been delivered in Fenland this year due to lead trainer being on long term "
                                        + "sickness. Work has been done with the Fenland based academies to demonstrate what "
                                        + "healthy relationships are and how to report domestic abuse Further partnership "
                                        + "agreements need to be reaffirmed to ensure CSP's are supported by the County "
                                        + "Domestic Abuse implementation board; also the CSP are given relevant direction "
                                        + "supported by evidence based data to aid the delivery of appropriate projects to key "
                                        + "Fenland locations or personnel")),
                row("2.2.4", "Develop and deliver crime project to support residents and business suffering identified crime types",
                        "Support and interventions delivered to identified vulnerable groups being targeted in Fenland communities",
                        leads(hanrahan, locks, mathews), ON,
                        List.of(target("SIRCS membership", "members", Polarity.HIGHER_IS_BETTER, null, "", null, null, null,
                                        actual(Q4, "215")),
                                percentTarget("Identified potential victims of rogue trading and scams contacted", "100", "100")),
                        project("Develop and deliver a projects in Fenland communities to promote hard targeting",
                                "Key messages delivered to identified Fenland communities\nEngagement events Q4 – 8",
                                hanrahan, ON, Rag.AMBER,
                                "Countryside Watch - Staff training has been completed by most officers in Fenland on 2 local "
                                        + "farms to encourage confidence. Fenland industrial area now has a dedicated PCSO who "
                                        + "has started to compile a list of all premises he has visited and we are looking to "
                                        + "get them set up on the Business e-Cops Alert scheme. Paws on patrol was launched on "
                                        + "two parks in Wisbech, the take up was very slow and not as encouraging as the March "
                                        + "signups. However, we are looking at other locations that might prove more "
                                        + "successful and we are looking at working with NHW."),
                        project("Continue to monitor and support the FEN-BAC scheme show development as required",
                                "Increased membership\nSatisfaction levels\nJanuary 2015– SIRCS membership has increased to 215.",
                                locks, ON, Rag.GREEN,
                                "Fenland business against crime schemes (ShopWatch, PubWatch, and TaxiWatch) have been "
                                        + "provided with support and development with the use of the SIRCS information sharing "
                                        + "system and officer support at local scheme meetings. The SIRCS system has grown in "
                                        + "membership during 2014/15 with an additional 15 members, including representation "
                                        + "from all four market towns in the district."),
                        project("Identify, support and guide victims of rouge trading and scams",
                                "129 victims identified\nContact 100% of identified potential victims\nQ4 – 100% engaged\n4 "
                                        + "priority referrals for Fenland were received via the National Scams Team",
                                mathews, ON, Rag.GREEN,
                                "Q4 update – We are aware of 6,000 returned cheques and monies seized by National Scams Team "
                                        + "which will be sent back to all UK victims via the relevant Trading Standards office "
                                        + "in the next weeks (est. April-May 2015). We don't yet have exact figures for numbers "
                                        + "of Fenland residents affected. Prevention work has been on-going throughout the Q4 "
                                        + "period including external communication press/media messages. We delivered a "
                                        + "presentation to Chatteris WI on scams to enable those residents to be more aware and "
                                        + "support their neighbours and local community. A review of the large scale "
                                        + "Cambridgeshire pilot has now been completed and lessons learned will shape future "
                                        + "work in this area.")),
                row("2.2.5", "Delivery of Road safety awareness to reduce the number of KSI incidents in Fenland",
                        "Reduction of KSI across Fenland through awareness projects to key audiences", leads(staton), ON,
                        List.of(target("KSI casualties in Fenland per year", "casualties a year", Polarity.LOWER_IS_BETTER,
                                        null, "2005-09 baseline", "43", null, null, actual(Q4, "61")),
                                target("KSI casualties in Fenland per quarter", "casualties", Polarity.LOWER_IS_BETTER, null,
                                        "", null, null, null, actual(ReportingPeriod.of(2013, 4), "19"),
                                        actual(ReportingPeriod.of(2014, 1), "14"), actual(ReportingPeriod.of(2014, 2), "17"),
                                        actual(ReportingPeriod.of(2014, 3), "11"))),
                        project("Develop and deliver age appropriate road safety projects in identified high risk areas of Fenland",
                                "2014 -2015 target\nMax 43 KSI casualties in Fenland per year\nJan-Mar 2014 – 19 casualties "
                                        + "from 14 collisions\nApr-Jun 2014 – 14 casualties from 13 collisions\nJul-Sep 2014 – "
                                        + "17 casualties from 16 collisions\nOct-Dec 2014 – 11 casualties from 7 collisions",
                                staton, ON, Rag.RED,
                                "The figures are compared to 2013 and also above the targeted reduction compared to the "
                                        + "2005-09 baseline. Small numbers are likely to fluctuate dramatically, but we have "
                                        + "seen an overall increase in KSI countywide in 2014. The medium- to long-term trend "
                                        + "is being closely monitored to identify factors associated with any significant "
                                        + "changes and any specific interventions that may be required. Max 43 KSI casualties "
                                        + "in Fenland per year 2014/15 – 61 KSI casualties in Fenland per year"))));
    }
}
