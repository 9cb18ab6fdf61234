package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.action;
import static org.cspplanner.model.sample.PlanKit.actual;
import static org.cspplanner.model.sample.PlanKit.day;
import static org.cspplanner.model.sample.PlanKit.due;
import static org.cspplanner.model.sample.PlanKit.dueMonth;
import static org.cspplanner.model.sample.PlanKit.milestone;
import static org.cspplanner.model.sample.PlanKit.narrative;
import static org.cspplanner.model.sample.PlanKit.org;
import static org.cspplanner.model.sample.PlanKit.person;
import static org.cspplanner.model.sample.PlanKit.target;
import static org.cspplanner.model.sample.PlanKit.update;
import static org.cspplanner.model.sample.SampleParts.ENFORCE;
import static org.cspplanner.model.sample.SampleParts.KIT;
import static org.cspplanner.model.sample.SampleParts.PREVENT;
import static org.cspplanner.model.sample.SampleParts.Q1;
import static org.cspplanner.model.sample.SampleParts.Q2;
import static org.cspplanner.model.sample.SampleParts.SUPPORTS;

import java.util.List;

import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.Theme;

/** Theme 4 of the sample plan: drugs, alcohol and the night-time economy. */
final class SampleNightTimeTheme {

    private SampleNightTimeTheme() {
    }

    static Theme create() {
        return KIT.theme("4", "Drugs, alcohol and the night-time economy",
                "Keep Wyvernbridge's evenings safe and get people whose drug or alcohol use drives their offending into "
                        + "treatment.",
                narrative(
                        "Two in five violent offences in Wyvernbridge town centre happen between 10pm and 4am on Friday "
                                + "and Saturday nights, and drug-related deaths in Wyvern Vale doubled between 2022 and 2025.",
                        "Less alcohol-related violence at night, fewer underage sales, and more people leaving custody "
                                + "or on probation who start and stay in treatment.",
                        "Work with licensees through Best Bar None and the Safer Nights marshals, enforce the Licensing "
                                + "Act where premises sell to children, and build routes from custody and probation into "
                                + "Pathways Recovery.",
                        "Alcohol-related violence in the night-time economy area, the test-purchase refusal rate, how "
                                + "many people referred from custody start treatment, and residents' feelings of safety "
                                + "after dark.",
                        "Police crime data (alcohol flag), Trading Standards test-purchase results, Pathways Recovery "
                                + "treatment data and the residents' survey."),
                List.of(saferNights(), testPurchasing(), custodyReferrals(), alcoholTreatment(), naloxone()));
    }

    private static Action saferNights() {
        return action("4.1", "Keep the night-time economy safe through Safer Nights and Best Bar None")
                .description("Fund town centre marshals on Friday and Saturday nights, run Best Bar None accreditation "
                        + "for licensed premises and open a Safe Space in the Market Square.")
                .outcome("Less alcohol-related violence at night and more residents who feel safe in the town centre "
                        + "after dark.")
                .leads(List.of(person("Gareth Lloyd", "WVDC"), org("Police")))
                .partners(List.of("ICB", "Wyvernbridge Business Improvement District"))
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(PREVENT)
                .tags(List.of("Drugs and alcohol"))
                .milestones(List.of(
                        milestone("4.1a", "Best Bar None assessments for 20 premises", org("WVDC"), "20 premises accredited",
                                due(2026, 11, 30), ActionStatus.IN_PROGRESS, Rag.GREEN, "16 accredited by 30 September."),
                        milestone("4.1b", "Open a Safe Space in the Market Square on Friday and Saturday nights", org("ICB"),
                                "Open 10pm to 3am on 40 nights", due(2026, 12, 31), ActionStatus.IN_PROGRESS, Rag.AMBER,
                                "Open on 18 of 26 planned nights; not enough volunteers.")))
                .targets(List.of(
                        target("Alcohol-related violence in the Wyvernbridge night-time economy area",
                                "offences per quarter", Polarity.LOWER_IS_BETTER, "64", "2025/26 quarterly average", "58",
                                null, "4", actual(Q1, "61"), actual(Q2, "55")),
                        target("Residents who feel safe in the town centre after dark", "%", Polarity.HIGHER_IS_BETTER,
                                "58", "Residents' survey 2025", "62", null, null, actual(Q1, "59"), actual(Q2, "61"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 29), "Gareth Lloyd", "WVDC", Rag.GREEN,
                                "Marshals out on Friday and Saturday nights from 1 May. 12 premises have joined Best Bar "
                                        + "None."),
                        update(Q2, day(2026, 9, 29), "Gareth Lloyd", "WVDC", Rag.GREEN,
                                "Alcohol-related violence down to 55 offences. 16 premises accredited; Safe Space open on "
                                        + "18 nights and used by 97 people.")))
                .build();
    }

    private static Action testPurchasing() {
        return action("4.2", "Stop underage alcohol sales through test purchasing")
                .description("Run test purchases at off-licences and supermarkets, give advice after a first failure and "
                        + "ask for a licence review after a second.")
                .outcome("Children cannot buy alcohol in Wyvern Vale.")
                .leads(List.of(org("WCC"), org("Police")))
                .partners(List.of("WVDC"))
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(ENFORCE)
                .tags(List.of("Drugs and alcohol", "Young people"))
                .targets(List.of(target("Premises refusing test-purchase sales", "%", Polarity.HIGHER_IS_BETTER, "80",
                        "2025/26", "90", null, "5", actual(Q1, "85"), actual(Q2, "93"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 26), "Martin Cole", "WCC", Rag.AMBER,
                                "20 test purchases, 3 sales. Two premises given advice; a licence review requested for "
                                        + "the third, a repeat failure."),
                        update(Q2, day(2026, 9, 25), "Martin Cole", "WCC", Rag.GREEN,
                                "28 test purchases, 2 sales (93% refused). The licence review on 3 September added "
                                        + "Challenge 25 conditions.")))
                .build();
    }

    private static Action custodyReferrals() {
        return action("4.3", "Get more people arrested for drug-related offences into treatment")
                .description("A Pathways Recovery worker in the custody suite sees everyone who tests positive on arrest "
                        + "and follows up within 48 hours of release.")
                .outcome("More people referred from custody start treatment, and fewer reoffend.")
                .leads(List.of(person("Owen Price", "Pathways"), org("Police")))
                .partners(List.of("Probation", "ICB"))
                .barriers("The worker covers five days a week only.")
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(SUPPORTS)
                .tags(List.of("Drugs and alcohol", "Reducing reoffending"))
                .milestones(List.of(milestone("4.3a", "Custody worker available seven days a week",
                        person("Owen Price", "Pathways"), "Weekend cover from October", dueMonth(2026, 10),
                        ActionStatus.IN_PROGRESS, Rag.AMBER, "Weekend rota agreed; second worker starts on 12 October.")))
                .targets(List.of(target("Adults referred from custody who start treatment", "%",
                        Polarity.HIGHER_IS_BETTER, "37", "2025/26", "45", null, null, actual(Q1, "39"), actual(Q2, "42"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 30), "Owen Price", "Pathways", Rag.RED,
                                "62 referrals, 24 started treatment (39%). The custody worker was off sick for six weeks "
                                        + "with no cover."),
                        update(Q2, day(2026, 9, 30), "Owen Price", "Pathways", Rag.AMBER,
                                "42% started treatment. Follow-up calls within 48 hours of release are now standard.")))
                .build();
    }

    private static Action alcoholTreatment() {
        return action("4.4", "Refer people on probation with alcohol needs to Alcohol Treatment Requirements")
                .description("Assess alcohol use in every pre-sentence report and propose an Alcohol Treatment "
                        + "Requirement where it would help.")
                .outcome("Fewer alcohol-related reoffences by people on probation.")
                .leads(List.of(person("Sian Pritchard", "Probation")))
                .partners(List.of("Pathways"))
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(SUPPORTS)
                .tags(List.of("Drugs and alcohol", "Reducing reoffending"))
                .updates(List.of(update(Q1, day(2026, 6, 24), "Sian Pritchard", "Probation", Rag.GREEN,
                        "9 Alcohol Treatment Requirements made by Wyvernbridge Magistrates' Court; all 9 started "
                                + "treatment within two weeks.")))
                .build();
    }

    private static Action naloxone() {
        return action("4.5", "Train partner staff to carry and use naloxone")
                .description("Train housing, outreach and custody staff to recognise an opioid overdose and give "
                        + "naloxone, and issue kits to teams who meet people at risk.")
                .outcome("Fewer drug-related deaths.")
                .leads(List.of(org("Pathways"), org("ICB")))
                .partners(List.of("Vale Homes", "WVDC", "Police"))
                .due(dueMonth(2026, 12))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(SUPPORTS)
                .tags(List.of("Drugs and alcohol", "Vulnerable people"))
                .updates(List.of(update(Q1, day(2026, 6, 18), "Owen Price", "Pathways", Rag.GREEN,
                        "Training designed; first two sessions booked for July with Vale Homes and the council's "
                                + "housing team.")))
                .build();
    }
}
