package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cspplanner.model.Action;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Organisation;

/** Finds the partner agencies a file names: acronyms its glossary explains as organisations, and the leads' organisations. */
final class OrganisationFinder {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&]{1,7}");
    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            "(?i).*\\b(council|police|constabulary|service|services|office|commissioner|group|team|agency|partnership|"
                    + "providers?|trust|board|authority|nhs|health|probation|fire|rescue|housing|commissioning)\\b.*");

    private OrganisationFinder() {
    }

    /** Acronyms that name organisations in this file: glossary entries that define an organisation, lone acronyms in lead cells. */
    static Set<String> acronyms(List<GlossaryTerm> glossary, List<SourceSheet> sheets, Map<SourceSheet, HeaderDetector.Layout> layouts) {
        Set<String> out = new LinkedHashSet<>();
        for (GlossaryTerm g : glossary) {
            if (ACRONYM.matcher(g.term()).matches() && ORGANISATION_WORDS.matcher(g.definition()).matches()) {
                out.add(g.term());
            }
        }
        for (SourceSheet sheet : sheets) {
            HeaderDetector.Layout layout = layouts.get(sheet);
            for (ColumnRule c : layout.mapping().columns(ImportField.LEADS)) {
                for (int i = layout.headerIndex() + 1; i < sheet.rows().size(); i++) {
                    for (String part : LeadParser.SPLIT.split(sheet.rows().get(i).text(c.index()))) {
                        if (ACRONYM.matcher(part.strip()).matches()) {
                            out.add(part.strip());
                        }
                    }
                }
            }
        }
        return out;
    }

    static List<Organisation> organisations(Collection<Action> actions, List<GlossaryTerm> glossary) {
        Map<String, String> meanings = new LinkedHashMap<>();
        glossary.forEach(g -> meanings.putIfAbsent(g.term().toUpperCase(Locale.UK), g.definition()));
        Map<String, Organisation> out = new LinkedHashMap<>();
        for (Lead lead : leads(actions)) {
            String org = lead.organisation();
            if (org.isEmpty() || out.containsKey(org.toLowerCase(Locale.UK))) {
                continue;
            }
            boolean acronym = ACRONYM.matcher(org).matches();
            String name = acronym ? meanings.getOrDefault(org.toUpperCase(Locale.UK), org) : org;
            out.put(org.toLowerCase(Locale.UK), new Organisation(null, name, acronym ? org : "", ""));
        }
        return new ArrayList<>(out.values());
    }

    static List<Officer> officers(Collection<Action> actions) {
        Map<String, Officer> out = new LinkedHashMap<>();
        for (Lead lead : leads(actions)) {
            if (!lead.officer().isEmpty()) {
                out.putIfAbsent(lead.display(), new Officer(null, lead.officer(), lead.organisation()));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<Lead> leads(Collection<Action> actions) {
        List<Lead> all = new ArrayList<>();
        for (Action a : actions) {
            all.addAll(a.leads());
            for (Milestone m : a.milestones()) {
                if (m.lead() != null) {
                    all.add(m.lead());
                }
            }
        }
        return all;
    }
}
