package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.action;
import static org.cspplanner.model.sample.PlanKit.actual;
import static org.cspplanner.model.sample.PlanKit.day;
import static org.cspplanner.model.sample.PlanKit.due;
import static org.cspplanner.model.sample.PlanKit.dueMonth;
import static org.cspplanner.model.sample.PlanKit.dueQuarter;
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

import java.util.List;

import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.Theme;

/** Theme 1 of the sample plan: anti-social behaviour and neighbourhood safety. */
final class SampleAsbTheme {

    private SampleAsbTheme() {
    }

    static Theme create() {
        return KIT.theme("1", "Anti-social behaviour and neighbourhood safety",
                "Reduce the anti-social behaviour that residents tell us matters most, and resolve repeat cases quickly.",
                narrative(
                        "ASB is the issue residents raise most often: 61% of respondents to the 2025 residents' survey named it "
                                + "as their top concern, and reports to police in Wyvernbridge town centre rose by 9% in 2025/26.",
                        "Fewer incidents in the hotspots we know about, and every high-risk or repeat victim given a named "
                                + "lead and a plan.",
                        "A monthly Problem Solving Group reviews cases together; enforcement (PSPO, Community Protection "
                                + "Notices, injunctions) is used alongside support, and the environment is changed where it "
                                + "helps, such as CCTV and lighting.",
                        "ASB incidents reported to police in the town centre, the share of high-risk cases with a plan "
                                + "within 10 working days, and residents' survey results.",
                        "Police incident data, ECINS case records, Vale Homes tenancy data and the annual residents' survey."),
                List.of(caseReview(), townCentre(), cctv(), offRoadBikes(), leaflet()));
    }

    private static Action caseReview() {
        return action("1.1", "Run a monthly ASB Problem Solving Group for high-risk and repeat cases")
                .description("Hold a monthly multi-agency Problem Solving Group to review high-risk and repeat ASB cases, "
                        + "agree a named lead for each case and record all actions on ECINS.")
                .outcome("Every high-risk case has a named lead and a plan within 10 working days of referral, and fewer "
                        + "repeat calls come from the same addresses.")
                .leads(List.of(person("Helen Marsh", "WVDC"), org("Police")))
                .partners(List.of("Vale Homes", "WVFRS", "WCC"))
                .barriers("Police attendance depends on summer demand; Vale Homes needs ECINS licences.")
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .tags(List.of("Vulnerable people"))
                .milestones(List.of(
                        milestone("1.1a", "Refresh the group's terms of reference and information sharing agreement",
                                person("Helen Marsh", "WVDC"), "Signed by all partners", due(2026, 6, 30),
                                ActionStatus.COMPLETE, Rag.GREEN, "Signed by all eight partners on 18/06/2026."),
                        milestone("1.1b", "All partners record cases and actions on ECINS", org("Vale Homes"),
                                "All eight partners using ECINS", dueMonth(2026, 9), ActionStatus.IN_PROGRESS, Rag.AMBER,
                                "Police and WVDC fully using ECINS; Vale Homes licences delayed until October."),
                        milestone("1.1c", "Six-monthly review of case outcomes for the CSP board", person("Helen Marsh", "WVDC"),
                                "", dueMonth(2027, 1), ActionStatus.NOT_STARTED, null, "")))
                .targets(List.of(target("High-risk ASB cases with an agreed plan within 10 working days", "%",
                        Polarity.HIGHER_IS_BETTER, "72", "2025/26", "90", null, "5",
                        actual(Q1, "81"), actual(Q2, "88"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 24), "Helen Marsh", "WVDC", Rag.GREEN,
                                "The group met on 14 April, 12 May and 9 June: 23 cases reviewed, 7 closed with the problem "
                                        + "resolved. Terms of reference refreshed and signed (1.1a)."),
                        update(Q2, day(2026, 9, 22), "Helen Marsh", "WVDC", Rag.AMBER,
                                "Three meetings, 26 cases reviewed. No police attendance in August because of summer "
                                        + "demand, and two high-risk cases waited 15 working days for a plan. Raised with the "
                                        + "Neighbourhood Inspector, who has named a deputy.")))
                .build();
    }

    private static Action townCentre() {
        return action("1.2", "Target patrols and PSPO enforcement at Wyvernbridge town centre hotspots")
                .description("Focus evening patrols on the bus station, Market Square and Riverside Walk, and use the "
                        + "Town Centre Public Spaces Protection Order and Community Protection Notices where warnings fail.")
                .outcome("Fewer ASB incidents in the town centre and more people who feel safe there in the evening.")
                .leads(List.of(person("Insp Daniel Okafor", "Police")))
                .partners(List.of("WVDC"))
                .barriers("Summer events draw officers away from the town centre.")
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(ENFORCE)
                .milestones(List.of(
                        milestone("1.2a", "Renew the Town Centre PSPO before it expires on 31 October 2026",
                                person("Helen Marsh", "WVDC"), "New order in force from 1 November 2026", due(2026, 10, 20),
                                ActionStatus.IN_PROGRESS, Rag.GREEN,
                                "Consultation ran from 1 July to 12 August: 614 responses, 82% in favour. Cabinet decides "
                                        + "on 15 October."),
                        milestone("1.2b", "New PSPO signs at the 14 entry points to the restricted area", org("WVDC"),
                                "", dueMonth(2026, 11), ActionStatus.NOT_STARTED, null, "")))
                .targets(List.of(target("ASB incidents reported to police in Wyvernbridge town centre",
                        "incidents per quarter", Polarity.LOWER_IS_BETTER, "412", "2025/26 quarterly average", "370",
                        null, "20", actual(Q1, "388"), actual(Q2, "351"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 26), "Insp Daniel Okafor", "Police", Rag.AMBER,
                                "Hotspot patrols on Friday and Saturday evenings since 3 May: 41 PSPO dispersal directions "
                                        + "and 6 Community Protection Warnings. Incidents are down 6% on last year but still "
                                        + "above target (388 against 370)."),
                        update(Q2, day(2026, 9, 25), "Insp Daniel Okafor", "Police", Rag.GREEN,
                                "351 incidents, below target for the first time since 2024. Two Community Protection "
                                        + "Notices served on the group gathering at the bus station; no further reports "
                                        + "there since 19 August.")))
                .build();
    }

    private static Action cctv() {
        return action("1.3", "Deploy two redeployable CCTV cameras at hotspot locations")
                .description("Buy two redeployable cameras and move them to the locations the Problem Solving Group "
                        + "identifies, starting with Orchard Way shops and Millbrook Park.")
                .outcome("Less ASB and criminal damage at the two sites, and better evidence for enforcement.")
                .leads(List.of(org("WVDC")))
                .partners(List.of("Police", "Vale Homes"))
                .barriers("Each site needs a power supply and the landowner's consent.")
                .due(dueQuarter(2026, 3))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(PREVENT)
                .milestones(List.of(
                        milestone("1.3a", "Buy two redeployable cameras", org("WVDC"), "", due(2026, 6, 15),
                                ActionStatus.COMPLETE, Rag.GREEN, "Delivered on 2 June."),
                        milestone("1.3b", "Install the second camera at Millbrook Park", org("WVDC"), "",
                                dueMonth(2026, 9), ActionStatus.IN_PROGRESS, Rag.RED,
                                "Stopped: no power supply agreed with the landowner.")))
                .updates(List.of(
                        update(Q1, day(2026, 6, 23), "Helen Marsh", "WVDC", Rag.GREEN,
                                "Two cameras bought with the WVDC grant. Sites agreed with the police at Orchard Way shops "
                                        + "and Millbrook Park."),
                        update(Q2, day(2026, 9, 21), "Helen Marsh", "WVDC", Rag.RED,
                                "Orchard Way camera installed on 2 August. Millbrook Park installation has stopped because "
                                        + "the landowner will not agree a power supply; looking at a solar-powered unit, "
                                        + "which needs another £3,100.")))
                .build();
    }

    private static Action offRoadBikes() {
        return action("1.4", "Tackle nuisance off-road motorbikes in Hollinsford and Kestrel Heath")
                .description("Run Operation Throttle days of action, seize bikes used anti-socially and work with Vale "
                        + "Homes to take tenancy action against repeat riders.")
                .outcome("Fewer reports of nuisance motorbikes on the two estates and the country park.")
                .leads(List.of(org("Police"), org("Vale Homes")))
                .partners(List.of("WVDC"))
                .barriers("The rural team is redeployed to summer events; the force has no off-road bikes of its own.")
                .due(due(2026, 9, 30))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(ENFORCE)
                .tags(List.of("Rural communities"))
                .updates(List.of(
                        update(Q1, day(2026, 6, 29), "PC Lewis Grant", "Police", Rag.AMBER,
                                "Days of action on 12 May and 16 June; three bikes seized under section 59 of the Police "
                                        + "Reform Act. Reports rose over half-term (57 in June)."),
                        update(Q2, day(2026, 9, 24), "PC Lewis Grant", "Police", Rag.RED,
                                "Only one day of action this quarter because the rural team was redeployed. Reports remain "
                                        + "high (49 in August). The action will not be finished by 30 September; we propose "
                                        + "extending it to March 2027 with borrowed off-road bikes.")))
                .build();
    }

    private static Action leaflet() {
        return action("1.5", "Publish 'What happens when you report ASB' for residents")
                .description("Write and publish a plain-English leaflet on how to report ASB, what each partner will do, "
                        + "and how to ask for an ASB Case Review.")
                .outcome("Residents know how to report ASB and what to expect, so fewer complaints are about process.")
                .leads(List.of(person("Chloe Barnes", "Vale Homes"), org("WVDC")))
                .partners(List.of("Police"))
                .due(due(2026, 6, 30))
                .status(ActionStatus.COMPLETE)
                .sectionId(PREVENT)
                .updates(List.of(update(Q1, day(2026, 6, 12), "Chloe Barnes", "Vale Homes", Rag.GREEN,
                        "Complete. Published on 10 June in print and online; 3,000 copies delivered to Vale Homes "
                                + "tenants and the council's customer service centre.")))
                .build();
    }
}
