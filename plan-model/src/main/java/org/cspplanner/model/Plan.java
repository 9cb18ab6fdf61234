package org.cspplanner.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A partnership's plan for a period (usually one financial year; rolling plans span several):
 * its narrative, partners, RAG key, themes with their actions, glossary and funding.
 * This is a read-only snapshot: exporters render it, importers build it, the store saves and loads it.
 * {@code settings} holds small named preferences saved with the plan (for example a custom export layout).
 */
public record Plan(UUID id, String title, String partnership, LocalDate periodStart, LocalDate periodEnd,
                   PlanStatus status, UUID predecessorId, List<NarrativeSection> sections,
                   List<Organisation> organisations, List<Officer> officers, RagScheme ragScheme,
                   List<StrategicSection> strategicSections, List<Theme> themes,
                   List<GlossaryTerm> glossary, List<FundingLine> funding, Map<String, String> settings) {

    public Plan {
        id = id == null ? Ids.newId() : id;
        title = Text.clean(title);
        partnership = Text.clean(partnership);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A plan needs a title");
        }
        if (periodStart == null) {
            periodStart = FinancialYear.containing(LocalDate.now()).start();
        }
        if (periodEnd == null) {
            periodEnd = FinancialYear.containing(periodStart).end();
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("The plan period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
        }
        status = status == null ? PlanStatus.DRAFT : status;
        sections = Text.list(sections);
        organisations = Text.list(organisations);
        officers = Text.list(officers);
        ragScheme = ragScheme == null ? RagScheme.DEFAULT : ragScheme;
        strategicSections = Text.list(strategicSections);
        themes = Text.list(themes);
        glossary = Text.list(glossary);
        funding = Text.list(funding);
        settings = settings == null ? Map.of() : Map.copyOf(new TreeMap<>(settings));
    }

    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Every action, theme by theme, in plan order. */
    public Stream<Action> actions() {
        return themes.stream().flatMap(t -> t.actions().stream());
    }

    public int actionCount() {
        return themes.stream().mapToInt(t -> t.actions().size()).sum();
    }

    public Optional<Theme> themeOf(UUID actionId) {
        return themes.stream().filter(t -> t.actions().stream().anyMatch(a -> a.id().equals(actionId))).findFirst();
    }

    public Optional<Action> action(UUID actionId) {
        return actions().filter(a -> a.id().equals(actionId)).findFirst();
    }

    public Optional<Theme> theme(UUID themeId) {
        return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    /** "1 April 2024 – 31 March 2025" periods are financial years: "2024/25"; rolling ones "2009/10 – 2011/12". */
    public String periodLabel() {
        FinancialYear first = FinancialYear.containing(periodStart);
        FinancialYear last = FinancialYear.containing(periodEnd);
        return first.equals(last) ? first.label() : first.label() + " – " + last.label();
    }

    /** The reporting quarters the plan covers, in order. */
    public List<ReportingPeriod> reportingPeriods() {
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod p = ReportingPeriod.containing(periodStart);
        ReportingPeriod last = ReportingPeriod.containing(periodEnd);
        while (p.compareTo(last) <= 0) {
            periods.add(p);
            p = p.next();
        }
        return periods;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public Plan withThemes(List<Theme> newThemes) {
        return toBuilder().themes(newThemes).build();
    }

    /** Replaces one action wherever it sits. */
    public Plan withAction(Action action) {
        return withThemes(themes.stream()
                .map(t -> t.withActions(t.actions().stream().map(a -> a.id().equals(action.id()) ? action : a).toList()))
                .toList());
    }

    /** Fluent construction and copy-with-changes. */
    public static final class Builder {
        private UUID id;
        private String title = "";
        private String partnership = "";
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private PlanStatus status = PlanStatus.DRAFT;
        private UUID predecessorId;
        private List<NarrativeSection> sections = List.of();
        private List<Organisation> organisations = List.of();
        private List<Officer> officers = List.of();
        private RagScheme ragScheme = RagScheme.DEFAULT;
        private List<StrategicSection> strategicSections = List.of();
        private List<Theme> themes = List.of();
        private List<GlossaryTerm> glossary = List.of();
        private List<FundingLine> funding = List.of();
        private Map<String, String> settings = Map.of();

        private Builder() {
        }

        private Builder(Plan p) {
            id = p.id;
            title = p.title;
            partnership = p.partnership;
            periodStart = p.periodStart;
            periodEnd = p.periodEnd;
            status = p.status;
            predecessorId = p.predecessorId;
            sections = p.sections;
            organisations = p.organisations;
            officers = p.officers;
            ragScheme = p.ragScheme;
            strategicSections = p.strategicSections;
            themes = p.themes;
            glossary = p.glossary;
            funding = p.funding;
            settings = p.settings;
        }

        public Builder id(UUID v) { id = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder partnership(String v) { partnership = v; return this; }
        public Builder period(LocalDate start, LocalDate end) { periodStart = start; periodEnd = end; return this; }
        public Builder financialYear(FinancialYear fy) { return period(fy.start(), fy.end()); }
        public Builder status(PlanStatus v) { status = v; return this; }
        public Builder predecessorId(UUID v) { predecessorId = v; return this; }
        public Builder sections(List<NarrativeSection> v) { sections = v; return this; }
        public Builder organisations(List<Organisation> v) { organisations = v; return this; }
        public Builder officers(List<Officer> v) { officers = v; return this; }
        public Builder ragScheme(RagScheme v) { ragScheme = v; return this; }
        public Builder strategicSections(List<StrategicSection> v) { strategicSections = v; return this; }
        public Builder themes(List<Theme> v) { themes = v; return this; }
        public Builder glossary(List<GlossaryTerm> v) { glossary = v; return this; }
        public Builder funding(List<FundingLine> v) { funding = v; return this; }
        public Builder settings(Map<String, String> v) { settings = v; return this; }

        public Plan build() {
            return new Plan(id, title, partnership, periodStart, periodEnd, status, predecessorId, sections,
                    organisations, officers, ragScheme, strategicSections, themes, glossary, funding, settings);
        }
    }
}
