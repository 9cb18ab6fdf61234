package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cspplanner.model.GlossaryTerm;

/** Reads a glossary sheet or table: a term and its meaning per row ("ASB | Anti Social Behaviour", or "ASB – Anti Social Behaviour"). */
final class GlossaryReader {

    private static final Set<String> HEADER_WORDS = Set.of("term", "terms", "acronym", "acronyms", "abbreviation",
            "abbreviations", "glossary", "meaning", "definition", "description");

    private GlossaryReader() {
    }

    static List<GlossaryTerm> read(SourceSheet sheet) {
        Map<String, GlossaryTerm> terms = new LinkedHashMap<>();
        for (SourceRow row : sheet.rows()) {
            List<String> texts = row.cells().stream().map(SourceCell::text).filter(t -> !t.isEmpty()).toList();
            if (texts.isEmpty() || HEADER_WORDS.contains(ImportField.normalise(texts.get(0)))) {
                continue;
            }
            String term;
            String definition;
            if (texts.size() >= 2) {
                term = texts.get(0);
                definition = String.join(" ", texts.subList(1, texts.size()));
            } else {
                String[] split = texts.get(0).split("\\s+[–—-]\\s+|:\\s+", 2);
                if (split.length < 2) {
                    continue;
                }
                term = split[0];
                definition = split[1];
            }
            if (term.length() <= 80) {
                terms.putIfAbsent(term.strip(), new GlossaryTerm(term, definition));
            }
        }
        return new ArrayList<>(terms.values());
    }
}
