package org.cspplanner.model.sample;

import static org.cspplanner.model.sample.PlanKit.action;
import static org.cspplanner.model.sample.PlanKit.orgs;

import java.util.List;

import org.cspplanner.model.Action;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;

/**
 * Seed 000, the Littleport Prevention Plan (2018/19, "Action · Detail · Updates · Updates"). Its one action table is
 * one theme; a row with an empty Action cell continues the row above, so "Virtual campaign" holds both.
 * Both Updates columns are empty in the seed, so the actions carry no updates: nothing is invented to fill them.
 * The table has no lead column; a lead is given only where the detail names one ("Parish will lead on community
 * events"; "a continued tactical police response").
 */
final class LittleportSeed {

    private static final PlanKit KIT = new PlanKit("seed-000-littleport");

    private LittleportSeed() {
    }

    static Plan create() {
        return Plan.builder("Littleport Prevention Plan")
                .id(KIT.id("plan"))
                .partnership("East Cambridgeshire Community Safety Partnership")
                .financialYear(new FinancialYear(2018))
                .status(PlanStatus.ADOPTED)
                .sections(LittleportNarrative.sections())
                .organisations(List.of(
                        KIT.organisation("Cambridgeshire Constabulary", "Police", "Responsible authority (police)"),
                        KIT.organisation("East Cambridgeshire Community Safety Partnership", "ECCSP", "Community Safety Partnership"),
                        KIT.organisation("East Cambridgeshire District Council", "ECDC", "Responsible authority (district council)"),
                        KIT.organisation("Littleport Parish Council", "", "Parish council"),
                        KIT.organisation("City of Ely Council", "", "Parish council")))
                .officers(List.of(KIT.officer("Sgt Mark Rabel", "Police"), KIT.officer("Ch Insp Steve Kerridge", "Police")))
                .themes(List.of(KIT.theme("", "Action plan", "It is our intention to work with the Parish Council, local "
                        + "residents and businesses to target Crime, Disorder and Anti-Social Behaviour", null, actions())))
                .build();
    }

    private static List<Action> actions() {
        return List.of(
                action("", "Community resilience and relationships").description("""
                        Littleport Village coordinator – At the start of this campaign we need to underline the very good \
                        work that is currently being done by Littleport Parish Council. We will support Littleport to be \
                        successful recognising their independence from the police as a community led watch scheme, their \
                        value as a critical friend which will add credibility to their action by making our working \
                        relationship clearly visible as partners.""").build(),
                action("", "Community event").leads(orgs("Littleport Parish Council")).description("""
                        We will hold a series of very high visibility community events. Seeking to be highly visible to the \
                        entire community. Parish will lead on community events reclaiming ownership of public spaces. \
                        Holding various events throughout the year.
                        Drop in surgeries - We will locate officers in prominent places seeking to speak with people about \
                        crime prevention.
                        Door to door advice – In pre-identified areas we will call door to door and offer crime prevention \
                        surveys and delivery crime prevention packs. Our desire is to carry this in partnership with \
                        Neighbourhood HW members who act as a partner in delivering advice and support.
                        Vulnerable groups – Police and Community Safety Partnership will visit pre-established groups at \
                        coffee mornings and other events to deliver prevention advice to vulnerable groups.
                        School visit – We will visit the local schools and talk to students about the Police and making 999 \
                        calls etc. We would love the Parish council and council to visit with us as well to explain their \
                        role in the village.""").build(),
                action("", "Virtual campaign").description("""
                        We will make full use of social media to give regular updates to the residents of Littleport
                        Bad wolf test – We will make available an online test where resident can undertake a home security \
                        survey online. Once complete they may be offered a personal prevention visit if their home is found \
                        to be vulnerable. The test offers lots of suggestions to home owners as to how to improve their \
                        security.
                        Social media campaign – We will publicise and allow people to track the progress of the prevention \
                        project online with
                        - Blog articles from the local police team explaining what we are doing (making the unseen work of \
                        the team “seen”)
                        - Vlog; we will produce some prevention video blogs to help resident protect their home, report \
                        crime and suspicious incidents.
                        - We will publish all reports and update on our blogsite to ensure maximum exposure and \
                        accountability.
                        Pledge – We would like key people in the village, leaders, business owners and residents to pledge \
                        their commitment to working together. This will be done on-line and will seek to raise the profile \
                        of joint working.""").build(),
                action("", "Community meeting").description("We will hold a follow up community meeting in Littleport for "
                        + "the purposes of updating residents. (date to be confirmed)").build(),
                action("", "Village wide campaign").description("""
                        We would like to make the campaign highly visible for two reasons.
                        1) To encourage all resident to take ownership of crime prevention
                        2) To make a visible statement about how serious the community take crime prevention.
                        Together we would like to make the community of Littleport visibly involved in crime \
                        prevention.""").build(),
                action("", "Evidence based policing").leads(orgs("Police")).description("""
                        There will be a continued tactical police response.
                        Patrol work -There will continue to be patrol work which will be targeted around the places and \
                        times or “hotspots” where we know that criminals operate.
                        Intelligence work – We will continue to use intelligence led approaches to tackle offenders. This \
                        is work we cannot publicise, but we can talk about how we investigate crime. (we will do this in a \
                        series of blog articles).
                        Good news – We will commit to talking more about the successes, telling you more about people we \
                        arrest and prosecute.""").build());
    }

    /** Keeps the seed's narrative apart from its action table. */
    static final class LittleportNarrative {
        private LittleportNarrative() {
        }

        static List<NarrativeSection> sections() {
            return List.of(
                    new NarrativeSection("Introduction", """
                            This report has been prepared by Joint Councils, Community Safety Partnership and \
                            Cambridgeshire Constabulary in response to increased Crime, Disorder and Anti-Social Behaviour \
                            in the area of Littleport.

                            We would like to share with you our prevention plan firstly to explain how we will approach \
                            this problem, and to seek your support in making Littleport safer."""),
                    new NarrativeSection("Who are we?", """
                            Cambridgeshire Constabulary, East Cambridgeshire Community Safety Partnership, East \
                            Cambridgeshire District Council, Littleport Parish Council, City of Ely Council"""),
                    new NarrativeSection("Current situation", """
                            This is a summary of community concerns and suggested solutions:

                            Public views of problems
                            1. Drugs 2. Antisocial behaviour (ASB) 3. Anti-social driving 4. Glass bottles and broken \
                            windows 5. Speeding 6. Razor blades 7. Groups gathering 8. Verbally intimidating 9. Youths \
                            hanging around with older people 10. Public drunkenness 11. Urinating in the street 12. County \
                            lines (drug – exploitation) 13. Lack of Targeting criminals 14. Needles found in hot spots \
                            15. Harley Memorial 16. Lack of police station 17. People are not being pro active 18. Time \
                            delay when reporting to 101 19. Fixed penalty notices need to be issued 20. PSPOs not effective \
                            and don't have enough signage 21. Lighting fires 22. Alcohol 23. Driving off road 24. People \
                            knocking on doors 25. Swearing 26. Fighting 27. Drag racing 28. Late night ASB

                            Public views of Solutions
                            1. Better enforcement of PSPOs 2. Outreach services 3. Unmarked cars in area 4. Special \
                            Constables to conduct enforcement of speeding 5. Employment opportunities for those responsible \
                            6. Multi agency approach 7. Recovering public spaces 8. Street pastors teams 9. Public spirit to \
                            take back Littleport 10. Community payback team 11. Get into schools and liaise with young \
                            people 12. Raise awareness of how to effectively report crime through 101, 999, Parish council \
                            etc. 13. Take photos of those who are causing ASB 14. Focus on 1 issue rather than all \
                            15. Progress updates for residents 16. More visible PCSO presence 17. Fines for those \
                            responsible for ASB 18. Bring in other services to support those taking drugs/alcohol 19. More \
                            Neighbourhood Watch Coordinators (NHW) 20. Remove bench to avoid gathering 21. Target specific \
                            criminals 22. Add more benches 23. Residence to create a list of offenders 24. Police station in \
                            Littleport 25. More police patrols 26. Council tax increase to receive more officers 27. More \
                            involvement and education with and for young people 28. Police surgery"""),
                    new NarrativeSection("Littleport Community Meeting 06-08-2018 at 7.00pm", """
                            In Attendance Littleport Parish Council, East Cambs District Council and Cambridgeshire \
                            Constabulary and approximately 250 members of the Littleport Community.

                            Calls for service generally average around 8-10 incidents a month, in June there were around 20 \
                            incidents, in July approximately 40. Behaviours on reported incidents mainly centre on rowdy and \
                            nuisance behaviour fuelled by alcohol along with drug taking and also nuisance vehicle use."""),
                    new NarrativeSection("Cases of Anti-Social Behaviour in Littleport", "Type / Number of offences: Will be updated"),
                    new NarrativeSection("Intention", """
                            It is our intention to work with the Parish Council, local residents and businesses to target \
                            Crime, Disorder and Anti-Social Behaviour.
                            1. Target criminality at every opportunity, making the most of our available resources as a \
                            community and public authorities.
                            2. Engage and Support effectively. We want to ensure if crime does occur we are in the best \
                            possible position to catch criminals and bring them before the courts.
                            3. Reclaim our Public Spaces. If we see something happening or we are suspicious about \
                            something which is happening we need to understand how to report it, and how to respond."""),
                    new NarrativeSection("Approach", """
                            All Partners will own this prevention plan together. The Parish Council will co-ordinate the \
                            community led work and Police will work with the other statutory agencies, specifically the \
                            East Cambridgeshire Community Safety Partnership to ensure effective measures are put in place \
                            to support this plan.
                            Access – Open out the local police team and their work to the public.
                            Information – Provide up to date and relevant information to the public so they can help \
                            protect themselves and feel confident and safe in their community.
                            Intervention – We want to allow the public to have a genuine say in how their community is \
                            policed.
                            Answers – We will let the public know how we have taken action and share success and failure \
                            with them so they can understand what has been done to reduce crime and disorder."""));
        }
    }
}
