package org.cspplanner.model;

/** An acronym or term the plan explains: "ASB — Anti-social behaviour". */
public record GlossaryTerm(String term, String definition) {
    public GlossaryTerm {
        term = Text.clean(term);
        definition = Text.cleanMultiline(definition);
        if (term.isEmpty()) {
            throw new IllegalArgumentException("A glossary entry needs a term");
        }
    }
}
