package org.cspplanner.model.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.Ids;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/**
 * Creates next year's plan from a plan: the chosen actions come across with their lineage, no updates and no RAG,
 * due dates moved on a year, and each target's last actual as its new baseline; the old plan marks them
 * carried over (or dropped, with the reason as a final update). A pure function: the caller saves both plans.
 */
public final class CarryOver {

    /** The source that marks updates written by carry-over. */
    public static final String SOURCE = "carry-over";

    private CarryOver() {
    }

    /** What to do with one action of the old plan. */
    public sealed interface Decision permits Carry, Amend, Drop {
    }

    /** Carry the action over as it is. */
    public record Carry() implements Decision {
    }

    /** Carry over the amended version (same lineage). */
    public record Amend(Action amended) implements Decision {
        public Amend {
            if (amended == null) {
                throw new IllegalArgumentException("An amended carry-over needs the amended action");
            }
        }
    }

    /** Do not carry it; it is dropped in the old plan with the reason recorded. */
    public record Drop(String reason) implements Decision {
        public Drop {
            reason = reason == null ? "" : reason.strip();
        }
    }

    /**
     * The new plan, the old plan as it is after carry-over, and the old plan's actions before and after,
     * so that the step can be saved in one transaction and undone.
     */
    public record Result(Plan newPlan, Plan oldPlan, List<Action> oldActionsBefore, List<Action> oldActionsAfter,
                         int carried, int dropped) {
    }

    /** The default choice: carry every action still open (not complete, dropped or already carried over). */
    public static Map<UUID, Decision> defaultDecisions(Plan plan) {
        Map<UUID, Decision> out = new LinkedHashMap<>();
        plan.actions().filter(a -> a.status().isOpen()).forEach(a -> out.put(a.id(), new Carry()));
        return out;
    }

    /** Every action, whatever its status ({@code carry-over --all}). */
    public static Map<UUID, Decision> allActions(Plan plan) {
        Map<UUID, Decision> out = new LinkedHashMap<>();
        plan.actions().forEach(a -> out.put(a.id(), new Carry()));
        return out;
    }

    /** Actions without a decision stay as they are in the old plan and do not come across. */
    public static Result carryOver(Plan old, Map<UUID, Decision> decisions, String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("The new plan needs a title");
        }
        LocalDate[] period = nextPeriod(old.periodStart(), old.periodEnd());
        Map<UUID, UUID> sectionIds = new HashMap<>();
        List<StrategicSection> sections = new ArrayList<>();
        for (StrategicSection s : old.strategicSections()) {
            StrategicSection copy = new StrategicSection(Ids.newId(), s.code(), s.title());
            sectionIds.put(s.id(), copy.id());
            sections.add(copy);
        }
        ReportingPeriod lastQuarter = ReportingPeriod.containing(old.periodEnd());
        List<Theme> newThemes = new ArrayList<>();
        List<Action> before = new ArrayList<>();
        List<Action> after = new ArrayList<>();
        Map<UUID, Action> replaced = new HashMap<>();
        int carried = 0;
        int dropped = 0;
        for (Theme theme : old.themes()) {
            List<Action> actions = new ArrayList<>();
            for (Action a : theme.actions()) {
                Decision d = decisions.get(a.id());
                if (d == null) {
                    continue;
                }
                Action changed;
                if (d instanceof Drop drop) {
                    Update reason = new Update(null, lastQuarter, null, "", "", "Dropped at carry-over"
                            + (drop.reason().isEmpty() ? "." : ": " + drop.reason()), null, SOURCE);
                    changed = a.toBuilder().status(ActionStatus.DROPPED).build().withUpdateAdded(reason);
                    dropped++;
                } else {
                    Action source = d instanceof Amend amend ? amend.amended() : a;
                    actions.add(carry(source, a, old, sectionIds));
                    changed = a.withStatus(ActionStatus.CARRIED_OVER);
                    carried++;
                }
                before.add(a);
                after.add(changed);
                replaced.put(a.id(), changed);
            }
            newThemes.add(new Theme(Ids.newId(), theme.code(), theme.title(), theme.description(), theme.narrative(), actions));
        }
        Plan newPlan = old.toBuilder()
                .id(Ids.newId())
                .title(newTitle.strip())
                .period(period[0], period[1])
                .status(PlanStatus.DRAFT)
                .predecessorId(old.id())
                .organisations(old.organisations().stream()
                        .map(o -> new Organisation(Ids.newId(), o.name(), o.shortName(), o.statutoryRole())).toList())
                .officers(old.officers().stream().map(o -> new Officer(Ids.newId(), o.name(), o.organisation())).toList())
                .strategicSections(sections)
                .themes(newThemes)
                .funding(List.of())
                .build();
        Plan oldAfter = old.withThemes(old.themes().stream()
                .map(t -> t.withActions(t.actions().stream().map(a -> replaced.getOrDefault(a.id(), a)).toList()))
                .toList());
        return new Result(newPlan, oldAfter, before, after, carried, dropped);
    }

    /** The next financial year, or for a rolling plan the same length again. */
    static LocalDate[] nextPeriod(LocalDate start, LocalDate end) {
        FinancialYear fy = FinancialYear.containing(start);
        if (fy.start().equals(start) && fy.end().equals(end)) {
            return new LocalDate[] {fy.next().start(), fy.next().end()};
        }
        Period length = Period.between(start, end.plusDays(1));
        LocalDate newStart = end.plusDays(1);
        return new LocalDate[] {newStart, newStart.plus(length).minusDays(1)};
    }

    private static Action carry(Action source, Action original, Plan old, Map<UUID, UUID> sectionIds) {
        List<Milestone> milestones = source.milestones().stream()
                .filter(m -> m.status().isOpen())
                .map(m -> new Milestone(Ids.newId(), m.code(), m.text(), m.lead(), m.target(), moved(m.due(), old),
                        m.status(), null, ""))
                .toList();
        List<Target> targets = source.targets().stream().map(t -> {
            Target base = t.latestActual()
                    .map(last -> t.withBaseline(last.value(), last.period().label()))
                    .orElse(t);
            return new Target(Ids.newId(), base.description(), base.unit(), base.polarity(), base.baseline(),
                    base.baselinePeriod(), base.target(), base.targetMax(), base.amberTolerance(), List.of());
        }).toList();
        // work already under way continues; work never started is still not started
        ActionStatus status = original.status() == ActionStatus.NOT_STARTED ? ActionStatus.NOT_STARTED : ActionStatus.IN_PROGRESS;
        return source.toBuilder()
                .id(Ids.newId())
                .lineageId(original.lineageId())
                .start(moved(source.start(), old))
                .due(moved(source.due(), old))
                .status(status)
                .rag(null)
                .sectionId(source.sectionId() == null ? null : sectionIds.get(source.sectionId()))
                .milestones(milestones)
                .targets(targets)
                .updates(List.of())
                .build();
    }

    /** A date inside the old plan's period moves on a year; one already beyond it stays. */
    private static DueDate moved(DueDate date, Plan old) {
        if (date == null) {
            return null;
        }
        LocalDate day = date.latestDay();
        boolean inside = !day.isBefore(old.periodStart()) && !day.isAfter(old.periodEnd());
        return inside ? date.plusYears(1) : date;
    }
}
