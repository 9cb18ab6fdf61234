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

/** Theme 3 of the sample plan: young people and exploitation. */
final class SampleYoungPeopleTheme {

    private SampleYoungPeopleTheme() {
    }

    static Theme create() {
        return KIT.theme("3", "Young people and exploitation",
                "Keep children safe from criminal and sexual exploitation and give young people positive things to do.",
                narrative(
                        "County lines activity reaches Wyvernbridge from two neighbouring cities, and 13 local children "
                                + "were referred to the National Referral Mechanism in 2025/26. Young people are also "
                                + "involved in much of the ASB reported in the evenings.",
                        "Spot children at risk earlier, keep them out of the criminal justice system where we can, and "
                                + "reach more young people through youth work where they already spend time.",
                        "Detached youth work in the hotspots, a monthly Exploitation Panel, training for the people who "
                                + "see exploitation first (drivers, takeaway and hotel staff) and early intervention "
                                + "instead of charging.",
                        "Young people engaged by detached youth work, first-time entrants to the youth justice system "
                                + "and schools reached by the Choices programme.",
                        "Youth Service session records, Exploitation Panel minutes, Youth Justice Service data and "
                                + "school returns."),
                List.of(youthWork(), exploitation(), schools(), turnaround(), ruralYouth()));
    }

    private static Action youthWork() {
        return action("3.1", "Run detached youth work in Wyvernbridge and Hollinsford")
                .description("Two detached youth work sessions a week, steered to the places where youth-related ASB is "
                        + "reported, offering advice and links to clubs, sport and training.")
                .outcome("More young people engaged in positive activities and less youth-related ASB in the hotspots.")
                .leads(List.of(person("Amira Haddad", "WCC")))
                .partners(List.of("Police", "WVFRS", "Vale Homes"))
                .barriers("Recruiting and keeping youth workers.")
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(PREVENT)
                .tags(List.of("Young people"))
                .milestones(List.of(
                        milestone("3.1a", "Recruit a second detached youth worker", org("WCC"), "", due(2026, 6, 30),
                                ActionStatus.COMPLETE, Rag.GREEN, "In post from 3 June."),
                        milestone("3.1b", "Share a quarterly map of youth-related ASB to direct the sessions",
                                person("Insp Daniel Okafor", "Police"), "Map shared within a week of quarter end",
                                due(2026, 7, 31), ActionStatus.COMPLETE, Rag.GREEN, "First map shared on 2 July.")))
                .targets(List.of(target("Young people engaged by detached youth work", "young people per quarter",
                        Polarity.HIGHER_IS_BETTER, "120", "2025/26 quarterly average", "150", null, null,
                        actual(Q1, "138"), actual(Q2, "164"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 28), "Amira Haddad", "WCC", Rag.AMBER,
                                "Two sessions a week from 22 April; the Hollinsford session started late while we "
                                        + "recruited. 138 young people engaged."),
                        update(Q2, day(2026, 9, 27), "Amira Haddad", "WCC", Rag.GREEN,
                                "164 young people engaged. Summer sessions at Millbrook Park ran with the Fire Service's "
                                        + "water safety team.")))
                .build();
    }

    private static Action exploitation() {
        return action("3.2", "Identify and safeguard children at risk of criminal exploitation")
                .description("Hold a monthly Exploitation Panel, train licensed drivers and night-time staff to spot "
                        + "exploitation, and offer every child who goes missing a return-home interview.")
                .outcome("Children at risk are identified earlier and have a safety plan agreed by the panel.")
                .leads(List.of(org("WCC"), org("Police")))
                .partners(List.of("WVDC", "ICB", "Probation"))
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(SUPPORTS)
                .tags(List.of("Young people", "Drugs and alcohol", "Vulnerable people"))
                .milestones(List.of(
                        milestone("3.2a", "Train taxi drivers, takeaway and hotel staff to spot exploitation",
                                person("Gareth Lloyd", "WVDC"), "150 licensed drivers trained", due(2026, 12, 31),
                                ActionStatus.IN_PROGRESS, Rag.GREEN,
                                "92 drivers trained; training is now a condition of licence renewal."),
                        milestone("3.2b", "Return-home interviews for every child who goes missing", org("WCC"),
                                "Offered within 72 hours in every episode", due(2027, 3, 31), ActionStatus.IN_PROGRESS,
                                Rag.AMBER, "86% offered within 72 hours in Q2.")))
                .updates(List.of(
                        update(Q1, day(2026, 6, 30), "Priya Raman", "WCC", Rag.GREEN,
                                "The panel met monthly: 11 children discussed and 3 National Referral Mechanism referrals "
                                        + "made."),
                        update(Q2, day(2026, 9, 30), "Priya Raman", "WCC", Rag.AMBER,
                                "13 children discussed. Return-home interviews slipped to 86% within 72 hours over the "
                                        + "summer holidays; cover for leave is being arranged.")))
                .build();
    }

    private static Action schools() {
        return action("3.3", "Deliver the 'Choices' programme on knife crime to Year 8 in every secondary school")
                .description("A joint Fire Service and police session on knife crime, consequences and how to get out of "
                        + "risky situations, for every Year 8 class.")
                .outcome("Year 8 pupils in all six secondary schools understand the risks of carrying a knife.")
                .leads(List.of(person("Tom Beckett", "WVFRS"), org("Police")))
                .partners(List.of("WCC"))
                .barriers("Schools' timetables; no sessions in the summer holiday.")
                .due(dueMonth(2027, 3))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(PREVENT)
                .tags(List.of("Young people"))
                .targets(List.of(target("Secondary schools that have received the programme", "schools",
                        Polarity.HIGHER_IS_BETTER, "3", "2025/26", "6", null, "1", actual(Q1, "2"), actual(Q2, "2"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 22), "Tom Beckett", "WVFRS", Rag.GREEN,
                                "Delivered at Wyvernbridge Academy and St Aldhelm's School to 410 pupils."),
                        update(Q2, day(2026, 9, 18), "Tom Beckett", "WVFRS", Rag.AMBER,
                                "No sessions in the summer holiday. Autumn dates agreed with three more schools; Kestrel "
                                        + "Heath School has not yet replied.")))
                .build();
    }

    private static Action turnaround() {
        return action("3.4", "Keep children out of the youth justice system through the Turnaround programme")
                .description("Refer children who come to police notice for a first offence to Turnaround for early "
                        + "support, instead of charging where that is appropriate.")
                .outcome("Fewer first-time entrants to the youth justice system.")
                .leads(List.of(org("WCC")))
                .partners(List.of("Police"))
                .due(due(2027, 3, 31))
                .status(ActionStatus.IN_PROGRESS)
                .sectionId(PREVENT)
                .tags(List.of("Young people", "Reducing reoffending"))
                .targets(List.of(target("First-time entrants to the youth justice system", "young people per quarter",
                        Polarity.LOWER_IS_BETTER, "6", "2025/26 quarterly average", "5", null, null,
                        actual(Q1, "4"), actual(Q2, "7"))))
                .updates(List.of(
                        update(Q1, day(2026, 6, 30), "Amira Haddad", "WCC", Rag.GREEN,
                                "4 first-time entrants; 18 children now on Turnaround."),
                        update(Q2, day(2026, 9, 30), "Amira Haddad", "WCC", Rag.RED,
                                "7 first-time entrants, five of them from one incident at the August fair. We are "
                                        + "reviewing why two of them were not referred to Turnaround.")))
                .build();
    }

    private static Action ruralYouth() {
        return action("3.5", "Map youth provision in the rural villages and publish a guide for young people")
                .description("List the clubs, transport and activities open to young people in the villages and fill the "
                        + "gaps with parish councils.")
                .outcome("Young people in the villages know what is on and how to get there.")
                .leads(List.of(org("WVDC")))
                .partners(List.of("WCC", "Parish councils"))
                .barriers("Depends on parish councils' replies.")
                .due(dueMonth(2027, 2))
                .status(ActionStatus.NOT_STARTED)
                .tags(List.of("Young people", "Rural communities"))
                .build();
    }
}
