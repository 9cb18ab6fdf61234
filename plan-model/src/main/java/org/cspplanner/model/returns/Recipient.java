package org.cspplanner.model.returns;

import java.util.Locale;
import org.cspplanner.model.Text;

/**
 * Who a return is sent to: a lead organisation ("Police"), or one officer at it ("Helen Marsh", "WVDC").
 * The organisation is written as the plan writes it, usually a short name.
 */
public record Recipient(String organisation, String officer) {

    public Recipient {
        organisation = Text.clean(organisation);
        officer = Text.clean(officer);
        if (organisation.isEmpty() && officer.isEmpty()) {
            throw new IllegalArgumentException("A recipient needs an organisation or an officer");
        }
    }

    public static Recipient organisation(String organisation) {
        return new Recipient(organisation, "");
    }

    public boolean isOfficer() {
        return !officer.isEmpty();
    }

    /** "Helen Marsh (WVDC)", "Police" or "Sgt Ben Di-Meo". */
    public String label() {
        if (officer.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? officer : officer + " (" + organisation + ")";
    }

    /** A safe part of a file name: "WVDC-Helen-Marsh", "Vale-Homes". */
    public String fileStem() {
        String joined = organisation.isEmpty() ? officer : officer.isEmpty() ? organisation : organisation + " " + officer;
        String stem = joined.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return stem.isEmpty() ? "recipient" : stem;
    }

    /** Same organisation and officer, ignoring case and spacing: how replies are matched to the covering list. */
    public boolean sameAs(Recipient other) {
        return key(organisation).equals(key(other.organisation)) && key(officer).equals(key(other.officer));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.UK).replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return label();
    }
}
