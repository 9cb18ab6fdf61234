package org.cspplanner.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Actual;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;
import org.cspplanner.model.Update;

/** Builds a plan from a csp-plan JSON tree, refusing anything malformed with the path of the problem. */
final class PlanJsonReader {

    /** A record's own rule (a title is required ...) broken by the document, reported with its path. */
    @FunctionalInterface
    private interface Build<T> {
        T build() throws JsonFormatException;
    }

    private static <T> T checked(JsonNodeReader where, Build<T> build) throws JsonFormatException {
        try {
            return build.build();
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage());
        }
    }

    Plan plan(JsonNode tree) throws JsonFormatException {
        JsonNodeReader root = new JsonNodeReader(tree, "");
        if (!PlanJson.FORMAT.equals(root.text("format"))) {
            throw root.error("this is not a CSP Planner plan file (\"format\" must be \"" + PlanJson.FORMAT + "\")");
        }
        int version = root.requiredInt("version");
        if (version != PlanJson.VERSION) {
            throw root.error("version " + version + " is not supported; this CSP Planner reads version " + PlanJson.VERSION);
        }
        JsonNodeReader p = root.object("plan");
        if (p == null) {
            throw root.error("\"plan\" is missing");
        }
        List<Theme> themes = new ArrayList<>();
        for (JsonNodeReader t : root.objects("themes")) {
            themes.add(theme(t));
        }
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (JsonNodeReader g : root.objects("glossary")) {
            glossary.add(checked(g, () -> new GlossaryTerm(g.requiredText("term"), g.textOrEmpty("definition"))));
        }
        List<FundingLine> funding = new ArrayList<>();
        for (JsonNodeReader f : root.objects("funding")) {
            funding.add(checked(f, () -> new FundingLine(f.requiredText("item"), f.number("amount"), f.textOrEmpty("source"))));
        }
        List<NarrativeSection> sections = new ArrayList<>();
        for (JsonNodeReader s : p.objects("sections")) {
            sections.add(new NarrativeSection(s.textOrEmpty("heading"), s.textOrEmpty("text")));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (JsonNodeReader o : p.objects("organisations")) {
            organisations.add(checked(o, () -> new Organisation(o.uuid("id"), o.text("name"), o.text("shortName"), o.text("statutoryRole"))));
        }
        List<Officer> officers = new ArrayList<>();
        for (JsonNodeReader o : p.objects("officers")) {
            officers.add(checked(o, () -> new Officer(o.uuid("id"), o.requiredText("name"), o.text("organisation"))));
        }
        List<StrategicSection> strategic = new ArrayList<>();
        for (JsonNodeReader s : p.objects("strategicSections")) {
            strategic.add(checked(s, () -> new StrategicSection(s.uuid("id"), s.text("code"), s.requiredText("title"))));
        }
        JsonNodeReader r = p.object("ragScheme");
        RagScheme rag = r == null ? RagScheme.DEFAULT
                : new RagScheme(r.text("green"), r.text("amber"), r.text("red"), r.text("complete"), r.text("notStarted"));
        return checked(p, () -> Plan.builder(p.requiredText("title"))
                .id(p.uuid("id"))
                .partnership(p.text("partnership"))
                .period(p.date("periodStart"), p.date("periodEnd"))
                .status(p.enumValue("status", PlanStatus.class))
                .predecessorId(p.uuid("predecessorId"))
                .sections(sections)
                .organisations(organisations)
                .officers(officers)
                .ragScheme(rag)
                .strategicSections(strategic)
                .settings(p.stringMap("settings"))
                .themes(themes)
                .glossary(glossary)
                .funding(funding)
                .build());
    }

    private Theme theme(JsonNodeReader t) throws JsonFormatException {
        List<Action> actions = new ArrayList<>();
        for (JsonNodeReader a : t.objects("actions")) {
            actions.add(action(a));
        }
        JsonNodeReader q = t.object("narrative");
        ThemeNarrative narrative = q == null ? ThemeNarrative.EMPTY : new ThemeNarrative(q.text("whyPriority"),
                q.text("whatWeHopeToDo"), q.text("approach"), q.text("howSuccessIsMeasured"), q.text("dataUsed"));
        return checked(t, () -> new Theme(t.uuid("id"), t.text("code"), t.requiredText("title"), t.text("description"),
                narrative, actions));
    }

    private Action action(JsonNodeReader a) throws JsonFormatException {
        List<Lead> leads = new ArrayList<>();
        for (JsonNodeReader l : a.objects("leads")) {
            leads.add(lead(l));
        }
        List<Milestone> milestones = new ArrayList<>();
        for (JsonNodeReader m : a.objects("milestones")) {
            JsonNodeReader l = m.object("lead");
            Lead lead = l == null ? null : lead(l);
            milestones.add(checked(m, () -> new Milestone(m.uuid("id"), m.text("code"), m.requiredText("text"), lead,
                    m.text("target"), due(m, "dueDate"), m.enumValue("status", ActionStatus.class),
                    m.enumValue("rag", Rag.class), m.text("progress"))));
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNodeReader t : a.objects("targets")) {
            List<Actual> actuals = new ArrayList<>();
            for (JsonNodeReader v : t.objects("actuals")) {
                actuals.add(checked(v, () -> new Actual(period(v), v.number("value"))));
            }
            targets.add(checked(t, () -> new Target(t.uuid("id"), t.requiredText("description"), t.text("unit"),
                    t.enumValue("polarity", Polarity.class), t.number("baseline"), t.text("baselinePeriod"),
                    t.number("target"), t.number("targetMax"), t.number("amberTolerance"), actuals)));
        }
        List<Update> updates = new ArrayList<>();
        for (JsonNodeReader u : a.objects("updates")) {
            updates.add(checked(u, () -> new Update(u.uuid("id"), period(u), u.date("date"), u.text("author"),
                    u.text("organisation"), u.text("text"), u.enumValue("rag", Rag.class), u.text("source"))));
        }
        return checked(a, () -> Action.builder(a.requiredText("title"))
                .id(a.uuid("id"))
                .lineageId(a.uuid("lineageId"))
                .code(a.text("code"))
                .description(a.text("description"))
                .outcome(a.text("outcome"))
                .leads(leads)
                .partners(a.strings("partners"))
                .barriers(a.text("barriers"))
                .start(due(a, "startDate"))
                .due(due(a, "dueDate"))
                .status(a.enumValue("status", ActionStatus.class))
                .rag(a.enumValue("rag", Rag.class))
                .sectionId(a.uuid("sectionId"))
                .tags(a.strings("tags"))
                .milestones(milestones)
                .targets(targets)
                .updates(updates)
                .build());
    }

    private static Lead lead(JsonNodeReader l) throws JsonFormatException {
        return checked(l, () -> new Lead(l.text("officer"), l.text("organisation")));
    }

    private static ReportingPeriod period(JsonNodeReader n) throws JsonFormatException {
        String s = n.requiredText("period");
        return checked(n, () -> ReportingPeriod.parse(s));
    }

    private static DueDate due(JsonNodeReader n, String field) throws JsonFormatException {
        String s = n.text(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        return checked(n, () -> DueDate.parse(s));
    }
}
