package org.cspplanner.model.sample;

import java.util.List;

import org.cspplanner.model.NarrativeSection;

/** The narrative sections of the North West Leicestershire seed, copied from its text. */
final class NorthWestLeicestershireNarrative {

    private NorthWestLeicestershireNarrative() {
    }

    static List<NarrativeSection> sections() {
        return List.of(
                new NarrativeSection("Introduction",
                        "This action plan has been created by the Safer North West Leicestershire Community Safety "
                                + "Partnership and will be delivered by the Partnership during 2017-18.\n\n"
                                + "The 1998 Crime and Disorder Act required Community Safety Partnerships to be set up and "
                                + "placed an obligation on local authorities and police to work together to implement a "
                                + "strategy to tackle crime and disorder in their area. Since this time further legislation "
                                + "has expanded the remit of the partnership and made more organisations, such as primary "
                                + "care trusts, also accountable for community safety. Over the past decade Community Safety "
                                + "Partnerships have encouraged a more joined up way of working which has contributed to a "
                                + "sustained fall in crime.\n\n"
                                + "Every three years each Community Safety Partnership is required by law to produce a "
                                + "strategy, informed by a strategic assessment, which outlines the activities it plans to "
                                + "undertake. The strategy identifies themes and trends for the partnership to focus on and "
                                + "provides a framework for delivery. The strategic assessment is refreshed annually to "
                                + "identify emerging threats and to allow the partnership an opportunity to set new "
                                + "priorities.\n\n"
                                + "The Partnership will receive £34,500 funding this year from Leicestershire's Police and "
                                + "Crime Commissioner to carry out community safety work.\n\n"
                                + "The NWLDC Community Safety Team co-ordinates the work of The Safer North West "
                                + "Leicestershire Partnership"),
                new NarrativeSection("Background",
                        "According to the figures supplied by Leicestershire police to the Community Safety Partnership "
                                + "overall crime in North West Leicestershire has increased by 10.3% and anti-social "
                                + "behaviour decreased by 1% in the previous 12 months.\n\n"
                                + "The changing face of crime is not yet fully reflected in the crime statics, with cyber "
                                + "enabled crimes making up an estimated 48% of all crime, but it has low levels of "
                                + "reporting. Increases in Hate crime, in the second half of last year are also starting to "
                                + "affect the overall approach to crime, while low in number, the potential severity and "
                                + "harm caused by these offences will impact on partnership priorities.\n\n"
                                + "The funding allocated to the Safer North West Partnership from the PCC must be spent on "
                                + "projects and initiatives that support the priorities contained within the PCC's Police "
                                + "and Crime Plan, this is reflected in our action planning."),
                new NarrativeSection("Evidence evaluated for 2014-17 strategy",
                        "In order to compile the 2017-20 Strategy, information was considered from the Strategic "
                                + "Assessment for North West Leicestershire which looks at levels of crime, highlights any "
                                + "changes since the last assessment and helps identify current and possible future crime, "
                                + "disorder and substance misuse trends.\n\n"
                                + "Consideration was given to the most recent police crime figures in the district and a "
                                + "workshop was held with partner agencies to decide the priorities and strategic direction "
                                + "of the Partnership for 2017/18."),
                new NarrativeSection("The priorities",
                        "For 2017-20, the Partnership will work to three main themes. Supporting actions have been "
                                + "formulated under each theme in response to trends and challenges that have emerged over "
                                + "the past 3 years along with two statutory obligations.\n"
                                + "- To make our community safer for residents, communities, business and visitors\n"
                                + "- To support and protect all those who are vulnerable within our community\n"
                                + "- To work in partnership to achieve better value in what we deliver to residents, "
                                + "communities, business and visitors\n"
                                + "- To tackle Substance misuse (statutory)\n"
                                + "- To reduce offending and reoffending (statutory)"),
                new NarrativeSection("Key actions",
                        "The Community Safety Strategy is supported by an outcome focussed Action Plan which will be "
                                + "monitored by the SNWLP. The action plan is divided into three sections to reflect each "
                                + "of the Partnerships' priorities detailed above. Not all sections will have actions "
                                + "allocated if they are not relevant, for example, if there are no actions substance "
                                + "misuse for the cybercrime Priority then that section will be left blank."),
                new NarrativeSection("Delivering the action plan",
                        "The Action Plan will be actively monitored by the SNWLP. Status reports and updates will inform "
                                + "the Partnership of progress against the action plan at the bi-monthly partnership "
                                + "meetings."));
    }
}
