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

/** Theme 2 of the sample plan: violence against women and girls, and domestic abuse. */
final class SampleAbuseTheme {

    private SampleAbuseTheme() {
    }

    static Theme create() {
        return KIT.theme("2", "Violence against women and girls and domestic abuse",
                "Make sure victims are identified early, heard at MARAC and supported to stay safe, and that women and "
                        + "girls feel safer in public spaces.",
                narrative(
                        "Domestic abuse accounts for one in five violent crimes recorded in Wyvern Vale, and the 2025 "
                                + "women's safety survey found that 44% of women avoid the town centre after dark.",
                        "More victims referred for specialist support sooner, fewer repeat incidents, and safer public "
                                + "spaces for women and girls.",
                        "Fund independent advice, check that MARAC is working as it should, help victims stay safely in "
                                + "their homes, and listen to women about the places where they feel unsafe.",
                        "IDVA referrals, the MARAC repeat rate against the SafeLives expected range, and how quickly "
                                + "Sanctuary work is done.",
                        "MARAC records, IDVA service returns, Vale Homes Sanctuary records and the women's safety survey."),
                List.of(idva(), marac(), campaign(), sanctuary(), safetyWalks()));
    }

    private static Action idva() {
        return action("2.1", "Fund an Independent Domestic Violence Adviser for Wyvern Vale")
                .description("Fund a half-time IDVA, based in the council offices two days a week, to support high-risk "
                        + "victims from referral through MARAC and any court case.")
                .outcome("High-risk victims get specialist support within two working days of referral.")
                .leads(List.of(person("Priya Raman", "WCC")))
                .partners(List.of("OPCC", "WVDC"))
                .barriers("Funding is for one year only; recruitment gaps leave victims without an adviser.")
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(SUPPORTS)
                .milestones(List.of(milestone("2.1a", "Recruit the IDVA", person("Priya Raman", "WCC"), "In post by May",
                        due(2026, 5, 31), ActionStatus.COMPLETE, Rag.GREEN, "In post from 1 May.")))
                .targets(List.of(target("Referrals to the IDVA service from Wyvern Vale", "referrals per quarter",
                        Polarity.HIGHER_IS_BETTER, "37", "2025/26 quarterly average", "45", null, null,
                        actual(Q1, "41"), actual(Q2, "47"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 30), "Priya Raman", "WCC", Rag.AMBER,
                                "IDVA in post from 1 May after a four-week gap. 41 referrals; the caseload reached 38, "
                                        + "above the recommended maximum."),
                        update(Q2, day(2026, 9, 29), "Priya Raman", "WCC", Rag.GREEN,
                                "47 referrals. Caseload down to 31 after two young victims moved to the specialist young "
                                        + "people's IDVA.")))
                .build();
    }

    private static Action marac() {
        return action("2.2", "Make sure MARAC hears every high-risk victim and recognises repeat cases")
                .description("Check how partners identify repeat victims, train housing and health staff to refer to "
                        + "MARAC, and audit a sample of cases.")
                .outcome("The MARAC repeat rate sits within the SafeLives expected range of 28–40%.")
                .leads(List.of(org("Police"), org("WCC")))
                .partners(List.of("ICB", "Vale Homes", "Probation"))
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(SUPPORTS)
                .milestones(List.of(
                        milestone("2.2a", "MARAC refresher training for housing and health staff",
                                person("Dr Rachel Stone", "ICB"), "40 staff trained", due(2026, 9, 30),
                                ActionStatus.COMPLETE, Rag.GREEN, "Two sessions (29 July and 10 September); 46 staff trained."),
                        milestone("2.2b", "Audit 20 MARAC cases for missed repeats", org("Police"), "20 cases",
                                dueMonth(2027, 1), ActionStatus.NOT_STARTED, null, "")))
                .targets(List.of(target("MARAC repeat referral rate", "%", Polarity.WITHIN_RANGE, "24", "2025/26", "28",
                        "40", "3", actual(Q1, "26"), actual(Q2, "31"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 25), "DS Laura Penrose", "Police", Rag.AMBER,
                                "Repeat rate 26%, below the expected 28–40%, which suggests repeat incidents are not "
                                        + "always flagged. Flagging on the police system checked with the MARAC coordinator."),
                        update(Q2, day(2026, 9, 28), "DS Laura Penrose", "Police", Rag.GREEN,
                                "Repeat rate 31%. All partners now check for a MARAC in the last 12 months before "
                                        + "referring.")))
                .build();
    }

    private static Action campaign() {
        return action("2.3", "Run a '16 Days of Action' domestic abuse awareness campaign")
                .description("From White Ribbon Day (25 November) to Human Rights Day (10 December), run a joint campaign "
                        + "on coercive control and where to get help, with events in all three towns.")
                .outcome("More people recognise coercive control and know how to get help.")
                .leads(List.of(org("WVDC")))
                .partners(List.of("Police", "ICB", "Vale Homes", "WVFRS"))
                .due(due(2026, 12, 10))
                .status(ActionStatus.NOT_STARTED)
                .sectionId(PREVENT)
                .tags(List.of("Vulnerable people"))
                .updates(List.of(update(Q2, day(2026, 9, 30), "Helen Marsh", "WVDC", Rag.GREEN,
                        "Not started: planning meeting booked for 7 October. The ICB has confirmed £2,350 for "
                                + "printing and social media.")))
                .build();
    }

    private static Action sanctuary() {
        return action("2.4", "Help victims stay safely in their homes through the Sanctuary scheme")
                .description("Fit extra locks, door chains, window alarms and fire-proof letter boxes for victims who "
                        + "choose to stay in their homes, whatever their tenure.")
                .outcome("Fewer victims have to leave their homes to be safe.")
                .leads(List.of(person("Chloe Barnes", "Vale Homes"), org("WVDC")))
                .partners(List.of("WVFRS", "Police"))
                .barriers("Only one approved contractor at the start of the year.")
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(SUPPORTS)
                .targets(List.of(target("Sanctuary work completed within 10 working days of referral", "%",
                        Polarity.HIGHER_IS_BETTER, "64", "2025/26", "85", null, "10",
                        actual(Q1, "70"), actual(Q2, "78"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 27), "Chloe Barnes", "Vale Homes", Rag.RED,
                                "14 referrals, 10 jobs done; four waited over three weeks because the contractor's "
                                        + "locksmith left. Vale Homes is tendering for a second contractor."),
                        update(Q2, day(2026, 9, 26), "Chloe Barnes", "Vale Homes", Rag.AMBER,
                                "17 referrals, 78% done within 10 working days. Second contractor appointed from "
                                        + "1 September.")))
                .build();
    }

    private static Action safetyWalks() {
        return action("2.5", "Hold women's safety walks in Wyvernbridge and on the riverside path")
                .description("Walk the town centre and the riverside path after dark with women and girls who use them, "
                        + "and record what makes them feel unsafe.")
                .outcome("The places women avoid are known and the quick fixes (lighting, cutting back) are made.")
                .leads(List.of(org("Police"), org("WVDC")))
                .partners(List.of("WCC"))
                .due(due(2026, 7, 31))
                .status(ActionStatus.COMPLETE)
                .sectionId(PREVENT)
                .updates(List.of(
                        update(Q1, day(2026, 6, 19), "Insp Daniel Okafor", "Police", Rag.GREEN,
                                "Four walks held with 38 women. Poor lighting on the riverside path and in the Station "
                                        + "Road underpass came up on every walk."),
                        update(Q2, day(2026, 9, 10), "Insp Daniel Okafor", "Police", Rag.GREEN,
                                "Complete. Report to the board on 9 September; lighting repairs on the riverside path "
                                        + "passed to WCC Highways, underpass cleared and repainted.")))
                .build();
    }
}
