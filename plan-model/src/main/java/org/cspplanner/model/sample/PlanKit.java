package org.cspplanner.model.sample;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Actual;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;
import org.cspplanner.model.Update;

/**
 * Short constructors for the bundled plans, with every id derived from a stable name
 * ("sample:action:1.2") so that the same plan comes out identical on every run.
 */
final class PlanKit {

    private final String prefix;

    PlanKit(String prefix) {
        this.prefix = prefix;
    }

    UUID id(String key) {
        return UUID.nameUUIDFromBytes((prefix + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    Organisation organisation(String name, String shortName, String statutoryRole) {
        return new Organisation(id("organisation:" + (shortName.isEmpty() ? name : shortName)), name, shortName, statutoryRole);
    }

    Officer officer(String name, String organisation) {
        return new Officer(id("officer:" + name), name, organisation);
    }

    StrategicSection section(String code, String title) {
        return new StrategicSection(id("section:" + (code.isEmpty() ? title : code)), code, title);
    }

    /**
     * A theme whose actions get stable ids: keyed by their code, or by the theme and their position when
     * the plan gives them no code. Each action's RAG is set from its newest rated update.
     */
    Theme theme(String code, String title, String description, ThemeNarrative narrative, List<Action> actions) {
        List<Action> stamped = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            String key = a.code().isEmpty() ? "theme " + code + " #" + (i + 1) : a.code();
            stamped.add(stamp(a, key));
        }
        return new Theme(id("theme:" + code), code, title, description, narrative, stamped);
    }

    private Action stamp(Action a, String key) {
        String k = "action:" + key;
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < a.milestones().size(); i++) {
            Milestone m = a.milestones().get(i);
            milestones.add(new Milestone(id(k + ":milestone:" + (i + 1)), m.code(), m.text(), m.lead(), m.target(),
                    m.due(), m.status(), m.rag(), m.progress()));
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < a.targets().size(); i++) {
            Target t = a.targets().get(i);
            targets.add(new Target(id(k + ":target:" + (i + 1)), t.description(), t.unit(), t.polarity(), t.baseline(),
                    t.baselinePeriod(), t.target(), t.targetMax(), t.amberTolerance(), t.actuals()));
        }
        List<Update> updates = new ArrayList<>();
        for (int i = 0; i < a.updates().size(); i++) {
            Update u = a.updates().get(i);
            updates.add(new Update(id(k + ":update:" + (i + 1)), u.period(), u.date(), u.author(), u.organisation(),
                    u.text(), u.rag(), u.source()));
        }
        Rag rag = a.rag();
        for (Update u : updates) {
            if (u.rag() != null) {
                rag = u.rag();
            }
        }
        UUID actionId = id(k);
        return a.toBuilder().id(actionId).lineageId(actionId).milestones(milestones).targets(targets)
                .updates(updates).rag(rag).build();
    }

    // Terse factories: the ids they leave random are replaced by theme(...).

    static Action.Builder action(String code, String title) {
        return Action.builder(title).code(code);
    }

    static Milestone milestone(String code, String text, Lead lead, String target, DueDate due,
                               ActionStatus status, Rag rag, String progress) {
        return new Milestone(null, code, text, lead, target, due, status, rag, progress);
    }

    static Milestone milestone(String code, String text) {
        return Milestone.of(code, text);
    }

    static Milestone milestone(String code, String text, Lead lead) {
        return new Milestone(null, code, text, lead, "", null, null, null, "");
    }

    static Update update(ReportingPeriod period, LocalDate date, String author, String organisation, Rag rag,
                         String text) {
        return new Update(null, period, date, author, organisation, text, rag, "");
    }

    static Target target(String description, String unit, Polarity polarity, String baseline, String baselinePeriod,
                         String target, String targetMax, String amberTolerance, Actual... actuals) {
        return new Target(null, description, unit, polarity, number(baseline), baselinePeriod, number(target),
                number(targetMax), number(amberTolerance), Arrays.asList(actuals));
    }

    static Actual actual(ReportingPeriod period, String value) {
        return new Actual(period, new BigDecimal(value));
    }

    static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Lead org(String organisation) {
        return Lead.organisation(organisation);
    }

    static Lead person(String officer, String organisation) {
        return Lead.officer(officer, organisation);
    }

    static List<Lead> orgs(String... organisations) {
        return Arrays.stream(organisations).map(Lead::organisation).toList();
    }

    static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    static DueDate due(int year, int month, int dayOfMonth) {
        return DueDate.of(LocalDate.of(year, month, dayOfMonth));
    }

    static DueDate dueMonth(int year, int month) {
        return DueDate.ofMonth(YearMonth.of(year, month));
    }

    static DueDate dueQuarter(int financialYearStart, int quarter) {
        return DueDate.ofQuarter(ReportingPeriod.of(financialYearStart, quarter));
    }

    static ThemeNarrative narrative(String why, String what, String approach, String measures, String data) {
        return new ThemeNarrative(why, what, approach, measures, data);
    }
}
