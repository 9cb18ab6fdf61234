package org.cspplanner.model;

/**
 * Who leads a piece of work: an organisation, an officer, or both, as in "Rob Mitchell FDC".
 * The organisation is written as the plan writes it, usually a short name.
 */
public record Lead(String officer, String organisation) {

    public Lead {
        officer = Text.clean(officer);
        organisation = Text.clean(organisation);
        if (officer.isEmpty() && organisation.isEmpty()) {
            throw new IllegalArgumentException("A lead needs an officer or an organisation");
        }
    }

    public static Lead organisation(String organisation) {
        return new Lead("", organisation);
    }

    public static Lead officer(String officer, String organisation) {
        return new Lead(officer, organisation);
    }

    /** "Rob Mitchell FDC", "Police" or "Sgt Ben Di-Meo". */
    public String display() {
        if (officer.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? officer : officer + " " + organisation;
    }

    @Override
    public String toString() {
        return display();
    }
}
