package org.cspplanner.model.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.cspplanner.model.Action;
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
import org.cspplanner.model.Rag;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;
import org.cspplanner.model.Update;

/** Turns a plan into the csp-plan JSON tree; the field names here are the published contract. */
final class PlanJsonWriter {

    private final ObjectMapper mapper;

    PlanJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode document(Plan plan) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", PlanJson.FORMAT);
        root.put("version", PlanJson.VERSION);
        root.set("plan", plan(plan));
        root.set("themes", array(plan.themes(), this::theme));
        root.set("glossary", array(plan.glossary(), (GlossaryTerm g, ObjectNode n) -> {
            n.put("term", g.term());
            n.put("definition", g.definition());
        }));
        root.set("funding", array(plan.funding(), (FundingLine f, ObjectNode n) -> {
            n.put("item", f.item());
            n.put("amount", f.amount());
            n.put("source", f.source());
        }));
        return root;
    }

    private ObjectNode plan(Plan plan) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", plan.id().toString());
        n.put("title", plan.title());
        n.put("partnership", plan.partnership());
        n.put("periodStart", plan.periodStart().toString());
        n.put("periodEnd", plan.periodEnd().toString());
        n.put("status", plan.status().name());
        n.put("predecessorId", plan.predecessorId() == null ? null : plan.predecessorId().toString());
        n.set("sections", array(plan.sections(), (NarrativeSection s, ObjectNode o) -> {
            o.put("heading", s.heading());
            o.put("text", s.text());
        }));
        n.set("organisations", array(plan.organisations(), (Organisation org, ObjectNode o) -> {
            o.put("id", org.id().toString());
            o.put("name", org.name());
            o.put("shortName", org.shortName());
            o.put("statutoryRole", org.statutoryRole());
        }));
        n.set("officers", array(plan.officers(), (Officer off, ObjectNode o) -> {
            o.put("id", off.id().toString());
            o.put("name", off.name());
            o.put("organisation", off.organisation());
        }));
        RagScheme rag = plan.ragScheme();
        ObjectNode scheme = n.putObject("ragScheme");
        scheme.put("green", rag.green());
        scheme.put("amber", rag.amber());
        scheme.put("red", rag.red());
        scheme.put("complete", rag.complete());
        scheme.put("notStarted", rag.notStarted());
        n.set("strategicSections", array(plan.strategicSections(), (StrategicSection s, ObjectNode o) -> {
            o.put("id", s.id().toString());
            o.put("code", s.code());
            o.put("title", s.title());
        }));
        ObjectNode settings = n.putObject("settings");
        for (Map.Entry<String, String> e : plan.settings().entrySet()) {
            settings.put(e.getKey(), e.getValue());
        }
        return n;
    }

    private void theme(Theme t, ObjectNode n) {
        n.put("id", t.id().toString());
        n.put("code", t.code());
        n.put("title", t.title());
        n.put("description", t.description());
        ThemeNarrative q = t.narrative();
        ObjectNode narrative = n.putObject("narrative");
        narrative.put("whyPriority", q.whyPriority());
        narrative.put("whatWeHopeToDo", q.whatWeHopeToDo());
        narrative.put("approach", q.approach());
        narrative.put("howSuccessIsMeasured", q.howSuccessIsMeasured());
        narrative.put("dataUsed", q.dataUsed());
        n.set("actions", array(t.actions(), this::action));
    }

    private void action(Action a, ObjectNode n) {
        n.put("id", a.id().toString());
        n.put("lineageId", a.lineageId().toString());
        n.put("code", a.code());
        n.put("title", a.title());
        n.put("description", a.description());
        n.put("outcome", a.outcome());
        n.set("leads", array(a.leads(), this::lead));
        ArrayNode partners = n.putArray("partners");
        a.partners().forEach(partners::add);
        n.put("barriers", a.barriers());
        n.put("startDate", iso(a.start()));
        n.put("dueDate", iso(a.due()));
        n.put("status", a.status().name());
        n.put("rag", rag(a.rag()));
        n.put("sectionId", a.sectionId() == null ? null : a.sectionId().toString());
        ArrayNode tags = n.putArray("tags");
        a.tags().forEach(tags::add);
        n.set("milestones", array(a.milestones(), this::milestone));
        n.set("targets", array(a.targets(), this::target));
        n.set("updates", array(a.updates(), this::update));
    }

    private void lead(Lead l, ObjectNode n) {
        n.put("officer", l.officer());
        n.put("organisation", l.organisation());
    }

    private void milestone(Milestone m, ObjectNode n) {
        n.put("id", m.id().toString());
        n.put("code", m.code());
        n.put("text", m.text());
        if (m.lead() == null) {
            n.putNull("lead");
        } else {
            lead(m.lead(), n.putObject("lead"));
        }
        n.put("target", m.target());
        n.put("dueDate", iso(m.due()));
        n.put("status", m.status().name());
        n.put("rag", rag(m.rag()));
        n.put("progress", m.progress());
    }

    private void target(Target t, ObjectNode n) {
        n.put("id", t.id().toString());
        n.put("description", t.description());
        n.put("unit", t.unit());
        n.put("polarity", t.polarity().name());
        putNumber(n, "baseline", t.baseline());
        n.put("baselinePeriod", t.baselinePeriod());
        putNumber(n, "target", t.target());
        putNumber(n, "targetMax", t.targetMax());
        putNumber(n, "amberTolerance", t.amberTolerance());
        n.set("actuals", array(t.actuals(), (Actual v, ObjectNode o) -> {
            o.put("period", v.period().label());
            o.put("value", v.value());
        }));
    }

    private void update(Update u, ObjectNode n) {
        n.put("id", u.id().toString());
        n.put("period", u.period().label());
        n.put("date", u.date().toString());
        n.put("author", u.author());
        n.put("organisation", u.organisation());
        n.put("text", u.text());
        n.put("rag", rag(u.rag()));
        n.put("source", u.source());
    }

    private static void putNumber(ObjectNode n, String field, BigDecimal value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    private static String iso(DueDate d) {
        return d == null ? null : d.iso();
    }

    private static String rag(Rag r) {
        return r == null ? null : r.name();
    }

    private <T> ArrayNode array(List<T> items, BiConsumer<T, ObjectNode> fill) {
        ArrayNode array = mapper.createArrayNode();
        for (T item : items) {
            fill.accept(item, array.addObject());
        }
        return array;
    }
}
