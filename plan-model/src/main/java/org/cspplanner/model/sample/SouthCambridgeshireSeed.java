package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.narrative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cspplanner.model.FundingLine;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.Theme;

/**
 * Seed 002, the South Cambridgeshire CDRP Rolling Plan April 2009 to March 2012: a three-year draft with five
 * priorities and their narrative answers, milestones, cross-cutting themes as tags, the 2008–9 funding and a glossary.
 */
final class SouthCambridgeshireSeed {

    private static final PlanKit KIT = new PlanKit("seed-002-south-cambridgeshire");

    private SouthCambridgeshireSeed() {
    }

    static Plan create() {
        return Plan.builder("Rolling Plan April 2009 to March 2012")
                .id(KIT.id("plan"))
                .partnership("South Cambridgeshire Crime & Disorder Reduction Partnership")
                .period(LocalDate.of(2009, 4, 1), LocalDate.of(2012, 3, 31))
                .status(PlanStatus.DRAFT)
                .sections(sections())
                .organisations(List.of(
                        KIT.organisation("South Cambridgeshire District Council", "SCDC", "Responsible authority (district council)"),
                        KIT.organisation("Cambridgeshire Constabulary", "Police", "Responsible authority (police)"),
                        KIT.organisation("Cambridgeshire Fire & Rescue Service", "CFRS", "Responsible authority (fire and rescue)"),
                        KIT.organisation("Cambridgeshire Probation", "Probation", "Responsible authority (probation)"),
                        KIT.organisation("Cambridgeshire County Council", "County Council", "Responsible authority (county council)"),
                        KIT.organisation("Primary Care Trust", "PCT", "Responsible authority (health)"),
                        KIT.organisation("Drug and Alcohol Action Team", "DAAT", ""),
                        KIT.organisation("Cambridgeshire Criminal Justice Board", "CCJB", ""),
                        KIT.organisation("Youth Offending Service", "Youth Offending", "")))
                .themes(themes())
                .glossary(glossary())
                .funding(funding())
                .build();
    }

    private static List<Theme> themes() {
        return List.of(
                KIT.theme("1", "Reduce anti-social behaviour", "Action plan for reducing anti-social behaviour in the District",
                        narrative("Our Strategic Assessment clearly demonstrates that anti-social behaviour remains the highest "
                                        + "priority amongst our communities; nearly every Neighbourhood Panel meeting results in a "
                                        + "priority of tackling anti-social behaviour being set.",
                                "We want to reduce the number of incidents occurring in our communities, and take action "
                                        + "regarding individuals causing the problems.",
                                "Nationally, best practice in dealing with anti-social behaviour suggests using a balance of "
                                        + "enforcement and support, as well as taking a long-term view of preventing anti-social "
                                        + "behaviour by providing a wide range of initiatives that provide positive activities. "
                                        + "Where individuals are referred to the CDRP's monthly ASB Task Group, information is "
                                        + "shared by the agency professionals present, and agreement found on the best action to "
                                        + "be taken. In the most extreme cases anti-social behaviour orders are pursued in the "
                                        + "courts.",
                                "We will use National Indicator 17 to show the percentage of people who perceive that "
                                        + "anti-social behaviour is a problem in the District, as well as reviewing each "
                                        + "individual case on a monthly basis at our monthly Task Group meetings, with a target "
                                        + "of seeing improvement in 75% of cases referred to our ASB Task Group within 12 months "
                                        + "of referral.",
                                "Police “Command & Control Data” as well as data about perception of anti-social behaviour "
                                        + "gathered by the Place Survey."),
                        SouthCambridgeshireActions.antisocialBehaviour()),
                KIT.theme("2", "Reducing re-offending", "Action plan for reducing reoffending in the District",
                        narrative("Our Strategic Assessment identified that a large number of offences had been carried out by "
                                        + "a small group of regular offenders.",
                                "The CDRP plans to target these offenders through the well-established Prolific and other "
                                        + "Priority Offender (PPO) Scheme.",
                                "The CDRP contributes funding to run the Prolific and Priority Offenders Scheme in South "
                                        + "Cambridgeshire, which proactively targets the small group of regular offenders and "
                                        + "effectively tackles their offending behaviour through the provision of enforcement "
                                        + "and support interventions.",
                                "At the end of March 2010, we hope to demonstrate a reduction in reoffending rates in the "
                                        + "Southern Division Police Area, shown as National Indicator 30 “Reoffending rate of "
                                        + "Prolific & Priority Offenders”, as well as preventing 35 crimes by focussing on "
                                        + "known offenders",
                                "Recorded crime information, Home Office Performance Management Framework, Home Office "
                                        + "J-Track system, Crime Saved Estimator tool"),
                        SouthCambridgeshireActions.reoffending()),
                KIT.theme("3", "Reduce domestic violence", "Action plan for reducing domestic violence in the District",
                        narrative("In our last Rolling Plan, the CDRP sought to increase the number of victims reporting "
                                        + "incidents. Following the 2008 Strategic Assessment process the CDRP considers it "
                                        + "necessary to redirect its focus to improve the services provided for victims of "
                                        + "domestic violence.",
                                "We would like to use this year to identify an agreed tool kit to assess the quality of "
                                        + "domestic violence services in the county.",
                                "Working on a countywide basis in our partnerships with key agencies working on domestic "
                                        + "violence.",
                                "At the end of March 2010, we hope have a countywide action plan in place to assess local "
                                        + "domestic violence services. We also hope to have a 5% increase in the number of "
                                        + "police referrals from South Cambridgeshire to the Independent DV Advocacy Service, as "
                                        + "well as contribute to a county wide reduction in repeat incidents of Domestic "
                                        + "Violence (NI32).",
                                "Data held by the Police and the various domestic violence support agencies."),
                        SouthCambridgeshireActions.domesticViolence()),
                KIT.theme("4", "Reducing burglary", "Action plan for reducing burglary in the District",
                        narrative("Our Strategic Assessment showed that burglary increased by 16% during the period September "
                                        + "2007 to August 2008, compared to the twelve-month period prior to that.",
                                "We want to reduce the burglary rate to below levels of 2008–9.",
                                "The CDRP has identified 3 ways of addressing burglary. Firstly we want to provide good advice "
                                        + "to residents about how they can keep burglars out of their home. Secondly, when "
                                        + "hot-spots areas are identified we plan to run targeted initiatives such as No Cold "
                                        + "Calling Zones and Smart Water. Thirdly, the Prolific and Priority Offender scheme "
                                        + "will focus on known offenders.",
                                "At the end of March 2010, we hope the recorded burglary rates per 1,000 dwellings will be "
                                        + "lower than the 2008–9 rate.",
                                "Recorded crime information held by the Police and Home Office Iquanta system."),
                        SouthCambridgeshireActions.burglary()),
                KIT.theme("5", "Reduce vehicle crime", "Action plan for reducing vehicle crime in the District",
                        narrative("Our Strategic Assessment showed that in the last 12 months Vehicle Crime has reduced in the "
                                        + "District, and recommended that it is no longer made a priority. The Partnership has "
                                        + "agreed to monitor trends and review the situation after 6 months",
                                "In light of the fact that vehicle crime has reduced, we want to continue a focus on it via "
                                        + "the Vehicle Crime Task Group and then review after 6 months.",
                                "We will identify opportunities to work together to promote crime reduction advice, linking "
                                        + "into countywide schemes where appropriate. We will also focus on known vehicle "
                                        + "offenders through the PPO scheme.",
                                "At the end of March 2010, we hope the recorded vehicle crime rate will be lower than the "
                                        + "2008–9 rate.",
                                "Recorded crime information held by the Police and Home Office Iquanta system."),
                        SouthCambridgeshireActions.vehicleCrime()));
    }

    private static List<NarrativeSection> sections() {
        return List.of(
                new NarrativeSection("Introduction",
                        "South Cambridgeshire remains one of the safest places to live in the country. The South "
                                + "Cambridgeshire Crime and Disorder Reduction Partnership brings together a number of "
                                + "agencies who by working together in a co-ordinated way can contribute to keeping crime low.\n\n"
                                + "Finally if you are unfortunate to be a victim of crime or suffer from anti-social "
                                + "behaviour, please ensure that you report it to the police, and always request a crime "
                                + "number.\n\nCllr John Reynolds\nChair of South Cambridgeshire District Crime & Disorder "
                                + "Reduction Partnership"),
                new NarrativeSection("Section 1: CDRP Priorities and Plans",
                        "In October 2008, the CDRP produced its annual Strategic Assessment. There are also three themes "
                                + "that cut across the five priorities that will be apparent throughout this rolling plan: "
                                + "Drug & Alcohol misuse, Engaging with all Communities and Young People."),
                new NarrativeSection("Section 2: How the CDRP works",
                        "The CDRP Board meets on a quarterly basis to make key strategic decisions such as producing the "
                                + "Strategic Assessment, the yearly Rolling Plan and ensuring the funding is spent as "
                                + "directed. At the time of writing it is anticipated that we will receive in the region of "
                                + "£65,000 of funding for 2009–10, and the CDRP will agree its yearly funding plan in April."),
                new NarrativeSection("Other CDRP priority tasks",
                        "APRIL Launch 2009 CDRP Rolling Plan; Agree 2009–10 CDRP funding plan\n"
                                + "MAY–AUG CDRP Public Consultation in preparation for 2009 Strategic Assessment\n"
                                + "OCT Produce 2009 Strategic assessment\n"
                                + "QUARTERLY Provide information on anti–social behaviour to the Home Office; CDRP Board meeting\n"
                                + "ANNUALLY Report back to each Neighbourhood Panel on the work of the CDRP"),
                new NarrativeSection("Targets",
                        "At the time of writing, the CDRP was still awaiting confirmation of baseline data that could be "
                                + "used to create specific targets. Baseline data for the previous financial year is "
                                + "expected to be available by May, and will be included in our quarterly reports to "
                                + "enable comparison and progress to be monitored."));
    }

    private static List<FundingLine> funding() {
        String ssc = "Safer Stronger Communities Fund (2008–9)";
        String pooled = "Pooled Fund (2008–9)";
        return List.of(
                new FundingLine("Smart Water for Police and Fire and Rescue Service to reduce burglaries", new BigDecimal("7442.41"), ssc),
                new FundingLine("Police overtime to focus on vehicle crime", new BigDecimal("1000"), ssc),
                new FundingLine("Domestic Violence Training and Awareness Day for front line practitioners", new BigDecimal("1067.56"), ssc),
                new FundingLine("Publicity information and helpline numbers to raise awareness of domestic violence", new BigDecimal("1000"), ssc),
                new FundingLine("ASB Caseworker", new BigDecimal("23520"), ssc),
                new FundingLine("CDRP Partnership Support Officer", new BigDecimal("38286"), ssc),
                new FundingLine("Targeted policing in a hotspot area", new BigDecimal("7500"), ssc),
                new FundingLine("Equipment to remove graffiti", new BigDecimal("1452"), ssc),
                new FundingLine("Detached youth work in areas identified by ASB Task Group", new BigDecimal("1000"), ssc),
                new FundingLine("CDRP conference on ‘Cutting Crime in your Community’", new BigDecimal("770"), ssc),
                new FundingLine("Open Out Co-ordinator post to increase reports of hate crime", new BigDecimal("6750"), ssc),
                new FundingLine("Probation Alcohol Treatment Requirements Programme to work with known offenders with alcohol "
                        + "dependencies", new BigDecimal("6000"), pooled),
                new FundingLine("Strategic Assessment and Consultation for Rolling Plan 2009–2012", new BigDecimal("1406"), pooled));
    }

    private static List<GlossaryTerm> glossary() {
        return List.of(
                new GlossaryTerm("Acceptable Behaviour Contracts", "a written agreement by an individual not to carry on with "
                        + "certain acts, which could be construed as anti social behaviour. An ABC is not legally binding, but "
                        + "a breach of an ABC can be cited in proceedings for an ASBO"),
                new GlossaryTerm("Acquisitive crime", "comprises theft from a person, robbery and other thefts of personal property."),
                new GlossaryTerm("ASB", "Anti Social Behaviour"),
                new GlossaryTerm("CDRP", "Crime and Disorder Reduction Partnership"),
                new GlossaryTerm("Criminal Damage", "damage to buildings, dwellings, vehicles, industrial areas and recreation "
                        + "grounds. Figures also include cases of arson."),
                new GlossaryTerm("MAPPA", "a set of arrangements to manage the risk posed by the most serious sexual and violent "
                        + "offenders (of which there are 700 in the county). The arrangements bring together the Police, "
                        + "Probation, and Prison Services in Cambridgeshire into what is known as the MAPPA responsible authority."),
                new GlossaryTerm("MARAC", "Multi Agency Risk Assessment Conference"),
                new GlossaryTerm("Neighbourhood Watch", "community based crime reduction initiative that brings together "
                        + "communities and resident groups, working closely with the police."),
                new GlossaryTerm("National Indicators", "set of 198 indicators established by the Department for Communities and "
                        + "Local Government to nationally monitor performance by local authorities and partnerships."),
                new GlossaryTerm("Primary Care Trust (PCT)", "Primary care is the care provided by people you normally see when "
                        + "you first have a health problem such as a doctor, dentist, optician or pharmacist."),
                new GlossaryTerm("Prolific and other Priority Offender scheme (PPO)", "The Home Office estimates 5,000 people are "
                        + "responsible for one in ten offences and introduced the Prolific and other priority offenders scheme"),
                new GlossaryTerm("Serious Acquisitive Crime", "This means crimes where someone takes something that does not "
                        + "belong to them, e.g. burglary from a house, theft from a car or theft of a car, robbery of personal "
                        + "property"));
    }
}
