package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cspplanner.model.Lead;

/**
 * Splits a lead cell into leads the way plans write them: "Police Housing ECDC" (three agencies),
 * "CCC Research Group, ECDC, Police", "Rob Mitchell FDC" (an officer and their organisation),
 * "Alison Smith CCC Rob Mitchell FDC", "NWLDC/ Police/ Fire", "Sgt Ben Di-Meo". Organisations are recognised
 * from a built-in list of common agencies plus the acronyms the file itself uses.
 */
public final class LeadParser {

    /** Agencies that most CSP plans name by these words. */
    public static final Set<String> COMMON_ORGANISATIONS = Set.of("POLICE", "FIRE", "HOUSING", "PROBATION", "NHS", "ICB",
            "CCC", "ECDC", "FDC", "NWLDC", "P&CC", "PCC", "OPCC", "CFRS", "CF&RS", "SCDC", "LCC", "YOS", "CSP", "CDRP",
            "CCG", "DWP", "NPS", "CRC", "HDC", "HCC", "CGL", "LFRS", "ASC", "YOT", "RSL", "PSG", "NPT", "ECINS", "UAVA",
            "DAAT", "OPFCC", "CPS", "HMPPS", "SLF", "TRADING STANDARDS");

    /** Words that follow an agency's acronym to name one of its departments ("SCDC Housing"). */
    private static final Set<String> DEPARTMENTS = Set.of("HOUSING", "HEALTH", "LICENSING", "COMMUNICATIONS",
            "PLANNING", "ENVIRONMENTAL", "COMMUNITY", "RESEARCH", "YOUTH", "CHAIR");

    /** Words that make a name an organisation's rather than a person's. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("group", "team", "service", "services", "council",
            "partnership", "board", "unit", "point", "watch", "first", "forum", "trust", "agency", "office", "department",
            "network", "panel", "police", "fire", "housing", "school", "schools", "college", "commissioner",
            "constabulary", "authority", "centre", "all", "chair", "providers", "project", "hub", "champions", "officers",
            "staff", "partners", "delivery", "community", "safety", "health", "county", "district", "parish", "and", "of",
            "the", "for", "cs", "team)", "programme");

    private static final Set<String> TITLES = Set.of("sgt", "insp", "pc", "pcso", "dc", "ds", "di", "dci", "cllr", "dr",
            "mr", "mrs", "ms", "miss", "supt", "ch", "cst", "sergeant", "inspector", "councillor");

    private static final Pattern NO_LEAD = Pattern.compile("(?i)(tbc|tba|tbd|n/?a|none|-|–|\\?)\\.?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern AMPERSAND = Pattern.compile("\\s+&\\s+");
    static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;\\n]|/)\\s*");

    private final Set<String> organisations;

    private LeadParser(Set<String> organisations) {
        this.organisations = organisations;
    }

    public static LeadParser withCommonOrganisations() {
        return new LeadParser(COMMON_ORGANISATIONS);
    }

    /** Adds acronyms found in the file (its glossary, lone acronyms in lead cells) to the common ones. */
    public static LeadParser withOrganisations(Collection<String> fileAcronyms) {
        Set<String> all = new LinkedHashSet<>(COMMON_ORGANISATIONS);
        fileAcronyms.forEach(a -> all.add(a.strip().toUpperCase(Locale.UK)));
        return new LeadParser(Set.copyOf(all));
    }

    public List<Lead> parse(String cell) {
        List<Lead> leads = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return leads;
        }
        for (String part : SPLIT.split(cell.strip())) {
            for (String piece : splitAmpersands(part)) {
                if (!piece.isBlank() && !NO_LEAD.matcher(piece.strip()).matches()) {
                    parsePart(piece.strip(), leads);
                }
            }
        }
        return leads.stream().distinct().toList();
    }

    /** " & " separates two leads only after an acronym ("Aarron Locks FDC & Joe Keegan CCC", not "Fire & Rescue"). */
    private List<String> splitAmpersands(String part) {
        List<String> out = new ArrayList<>();
        if (!part.contains("&")) {
            return List.of(part);
        }
        String[] pieces = AMPERSAND.split(part);
        StringBuilder current = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.length; i++) {
            String[] words = WHITESPACE.split(current.toString());
            String last = words[words.length - 1];
            if (isAcronym(last) && isOrganisation(last)) {
                out.add(current.toString());
                current = new StringBuilder(pieces[i]);
            } else {
                current.append(" & ").append(pieces[i]);
            }
        }
        out.add(current.toString());
        return out;
    }

    private void parsePart(String part, List<Lead> leads) {
        List<String> pending = new ArrayList<>();
        Lead previous = null;
        int startSize = leads.size();
        for (String token : WHITESPACE.split(part)) {
            if (isOrganisation(token)) {
                if (!pending.isEmpty() && isPersonName(pending)) {
                    previous = new Lead(String.join(" ", pending), token);
                } else if (!pending.isEmpty() && previous == null && pending.stream().allMatch(LeadParser::isAcronym)) {
                    pending.forEach(p -> leads.add(Lead.organisation(p)));
                    previous = Lead.organisation(token);
                } else if (!pending.isEmpty()) {
                    // words between two agencies describe the first ("CCC Research Group Police" is rare): keep them with it
                    if (previous != null) {
                        leads.set(leads.size() - 1, Lead.officer(previous.officer(),
                                previous.organisation() + " " + String.join(" ", pending)));
                    } else {
                        leads.add(Lead.organisation(String.join(" ", pending)));
                    }
                    previous = Lead.organisation(token);
                } else if (previous != null && previous.officer().isEmpty() && isAcronym(previous.organisation())
                        && DEPARTMENTS.contains(upper(token))) {
                    leads.set(leads.size() - 1, Lead.organisation(previous.organisation() + " " + token));
                    previous = leads.get(leads.size() - 1);
                    continue;
                } else {
                    previous = Lead.organisation(token);
                }
                leads.add(previous);
                pending.clear();
            } else {
                pending.add(token);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        String rest = String.join(" ", pending);
        if (leads.size() > startSize) {
            Lead last = leads.get(leads.size() - 1);
            leads.set(leads.size() - 1, new Lead(last.officer(), last.organisation() + " " + rest));
        } else if (isPersonName(pending)) {
            leads.add(Lead.officer(rest, ""));
        } else {
            leads.add(Lead.organisation(rest));
        }
    }

    private boolean isOrganisation(String token) {
        String t = clean(token);
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        return organisations.contains(upper(t));
    }

    private static boolean isAcronym(String token) {
        String t = clean(token);
        return t.length() >= 2 && t.equals(t.toUpperCase(Locale.UK)) && t.chars().anyMatch(Character::isLetter);
    }

    /** "Rob Mitchell", "Sgt Ben Di-Meo", "Elaine Mathews": capitalised words, none of them an organisation word. */
    static boolean isPersonName(List<String> words) {
        if (words.isEmpty() || words.size() > 4) {
            return false;
        }
        boolean titled = TITLES.contains(clean(words.get(0)).toLowerCase(Locale.UK).replace(".", ""));
        if (words.size() == 1 && !titled) {
            return false;
        }
        for (String w : words) {
            String c = clean(w);
            if (c.isEmpty() || !Character.isUpperCase(c.charAt(0)) || ORGANISATION_WORDS.contains(c.toLowerCase(Locale.UK))
                    || (isAcronym(c) && c.length() > 2 && !titled)) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !isWordChar(token.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&';
    }

    private static String upper(String token) {
        return clean(token).toUpperCase(Locale.UK);
    }
}
