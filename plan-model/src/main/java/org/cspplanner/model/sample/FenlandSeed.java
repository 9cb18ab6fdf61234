package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.action;
import static org.cspplanner.model.sample.PlanKit.actual;
import static org.cspplanner.model.sample.PlanKit.person;
import static org.cspplanner.model.sample.PlanKit.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/**
 * Seed 003, the Fenland CSP year-end delivery plan 2014/15, from the seed's own rows.
 * Each "Project" is a milestone carrying its own target, lead, progress narrative and RAG; a row's narratives
 * together are the action's Q4 2014/15 update, rated by its worst project. The seed's RAG colours did not survive
 * conversion to text, so each rating is the one its narrative and figures imply. Where a continued row leaves the
 * project cell blank, the milestone is named from its narrative.
 */
final class FenlandSeed {

    private static final PlanKit KIT = new PlanKit("seed-003-fenland");
    static final ReportingPeriod Q4 = ReportingPeriod.of(2014, 4);

    private FenlandSeed() {
    }

    static Plan create() {
        return Plan.builder("Fenland CSP Partnership delivery plan 2014-15")
                .id(KIT.id("plan"))
                .partnership("Fenland Community Safety Partnership")
                .financialYear(new FinancialYear(2014))
                .status(PlanStatus.ADOPTED)
                .sections(sections())
                .organisations(List.of(
                        KIT.organisation("Fenland District Council", "FDC", "Responsible authority (district council)"),
                        KIT.organisation("Cambridgeshire Constabulary", "Police", "Responsible authority (police)"),
                        KIT.organisation("Cambridgeshire County Council", "CCC", "Responsible authority (county council)"),
                        KIT.organisation("Office of the Police & Crime Commissioner", "P&CC", "Police and Crime Commissioner"),
                        KIT.organisation("Youth Service Providers", "YSP", "Community outreach team")))
                .officers(List.of(
                        KIT.officer("Nicola Fenton", "P&CC"), KIT.officer("Aarron Locks", "FDC"),
                        KIT.officer("Sgt Ben Di-Meo", "Police"), KIT.officer("Rob Mitchell", "FDC"),
                        KIT.officer("Si Kerss", "CCC"), KIT.officer("Julie Hanrahan", "Police"),
                        KIT.officer("Elaine Mathews", ""), KIT.officer("Matt Staton", "CCC"),
                        KIT.officer("Lorraine Lofting", "CCC"), KIT.officer("Sharon Dove", "FDC"),
                        KIT.officer("Alan Boughen", "Police"), KIT.officer("Joe Keegan", "CCC")))
                .ragScheme(RagScheme.DEFAULT)
                .themes(List.of(FenlandThemes.confidence(KIT), FenlandThemes.prevention(KIT),
                        FenlandYouthAndAlcoholThemes.youngPeople(KIT), FenlandYouthAndAlcoholThemes.alcohol(KIT)))
                .glossary(glossary())
                .build();
    }

    /** One row of the action table: its projects become milestones, their narratives the Q4 update. */
    static Action row(String code, String title, String outcome, List<Lead> leads, ActionStatus status,
                      List<Target> targets, Milestone... projects) {
        List<Milestone> milestones = Arrays.asList(projects);
        List<String> narratives = milestones.stream().map(Milestone::progress).filter(p -> !p.isEmpty()).toList();
        Rag worst = milestones.stream().map(Milestone::rag).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Lead first = leads.isEmpty() ? null : leads.get(0);
        List<Update> updates = narratives.isEmpty() ? List.of() : List.of(new Update(null, Q4, null,
                first == null ? "" : first.officer(), first == null ? "" : first.organisation(),
                String.join("\n\n", narratives), worst, ""));
        return action(code, title).outcome(outcome).leads(leads).status(status).targets(targets)
                .milestones(milestones).updates(updates).build();
    }

    static Milestone project(String text, String target, Lead lead, ActionStatus status, Rag rag, String progress) {
        return new Milestone(null, "", text, lead, target, null, status, rag, progress);
    }

    static List<Lead> leads(Lead... leads) {
        return new ArrayList<>(Arrays.asList(leads));
    }

    static Target percentTarget(String description, String target, String actual) {
        return target(description, "%", Polarity.HIGHER_IS_BETTER, null, "", target, null, null, actual(Q4, actual));
    }

    static Lead officer(String name, String organisation) {
        return person(name, organisation);
    }

    private static List<NarrativeSection> sections() {
        return List.of(
                new NarrativeSection("Strategic Themes 2014 – 2015",
                        "Theme 1 – Monitor & improve public confidence\n"
                                + "Theme 2 – Delivery of prevention and awareness projects to Fenland communities\n"
                                + "Theme 3 – Support and awareness to children & young people\n"
                                + "Theme 4 – Reduce the impact on the community where alcohol is a key factor"),
                new NarrativeSection("Year highlights (Apr 14 – Mar 15)",
                        "- Improved victim and vulnerability approach has been taken by frontline officer from various "
                                + "Fenland organisations\n"
                                + "- Significant reduction in the number of reported incidents of ASB throughout fenland in "
                                + "line with County trend\n"
                                + "- Reduced number of alcohol related incidents in Wisbech NTE / Pub clusters area\n"
                                + "- 3 people out of 565 surveyed who state that they perceive there to be a high level ASB "
                                + "in their area (PIC Survey)"),
                new NarrativeSection("Action to consider for carry over or identified threat, risk or community impact",
                        "- Improved partnership identification of vulnerable residents in Fenland\n"
                                + "- Develop new Fenland based projects to improve reporting of Domestic Abuse to harder to "
                                + "reach victims\n"
                                + "- Understand the implications of the changes to Violent crime recording across the "
                                + "district"));
    }

    private static List<GlossaryTerm> glossary() {
        String[][] rows = {
                {"ABCs", "Acceptable Behaviour Contract"},
                {"Acquisitive Crime", "Theft from dwellings, vehicles, non dwellings, commercial inc shop lifting"},
                {"ASB", "Anti Social Behaviour"},
                {"ASBOs", "Anti Social Behaviour Orders"},
                {"CAA", "Community Action Area – Location that requires a partnership focus to reduce incidents and "
                        + "improve public confidence"},
                {"CAF", "Common Assessment Framework"},
                {"CASUS", "Cambridgeshire Child and Adolescent Substance Use Service"},
                {"CCTV", "Closed Circuit Television"},
                {"Crime Calendar", "Analytical work from 5 years of data produced seasonal crime trends"},
                {"CSP", "Community Safety Partnership"},
                {"CYPS", "Children & Young People Service"},
                {"DPPO", "ASB power – Designated Public Places Order"},
                {"ECINS", "Empowering-Communities Inclusion & Neighbourhood-management System (E-CINS)"},
                {"FDC", "Fenland District Council"},
                {"'Get Closer' campaign", "Police campaign to place the service in the public eye including awareness, "
                        + "targeted and partnership media"},
                {"New Horizons", "Multi use outreach vehicle for prevention, intervention and emergency response to "
                        + "identified crime and the reduction of fear of crime"},
                {"'Hidden Groups'", "Hard to reach groups or difficult to identify or engage"},
                {"IOM", "Integrated Offender Management"},
                {"LAC", "Looked After Children"},
                {"LARM", "Locality Allocation and Referral Meetings"},
                {"LCG", "Local Commissioning Groups"},
                {"MASH", "Multi Agency Safeguarding Hub"},
                {"Mosaic Data", "Mosaic is a classification system that gives you access to a vast range of demographic data"},
                {"NHS", "National Health Service"},
                {"NPT", "Neighbourhood Policing Team"},
                {"NTE", "Night Time Economy"},
                {"Op Titan", "Police operation monitoring and enforcing licensing conditions in pub cluster areas"},
                {"PRP", "Private Rented Property (House in Multi Occupation)"},
                {"P&CC", "Office of the Police & Crime Commissioner"},
                {"PSG", "Problem Solving Groups"},
                {"PSHE", "Personal, social, health and economic education"},
                {"RAO Group", "Partnership group for licensing monitoring and appropriate action around identified breaches"},
                {"RONI", "Risk Of NEET Indicator"},
                {"SIRCS", "Secure Incident Reporting and Empowering Communities System."},
                {"TLS", "Traffic Light Model System"},
                {"UKBA", "United Kingdom Border Agency / UK Immigration services"},
                {"YSP", "Youth Service Providers – Community outreach team"}};
        return Arrays.stream(rows).map(r -> new GlossaryTerm(r[0], r[1])).toList();
    }

    static Theme theme(PlanKit kit, String code, String title, List<Action> actions) {
        return kit.theme(code, title, "", null, actions);
    }
}
