package org.cspplanner.model.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.Actual;
import org.cspplanner.model.Ids;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/**
 * Copies a plan with every id made new, so that a copy can sit beside its original. Actions keep
 * their lineage id: a copy is the same piece of work, as it is after carry-over.
 */
public final class PlanCopier {
    private PlanCopier() {
    }

    public static Plan withNewIds(Plan plan) {
        Map<UUID, UUID> sectionIds = new HashMap<>();
        List<StrategicSection> sections = plan.strategicSections().stream().map(s -> {
            StrategicSection copy = new StrategicSection(Ids.newId(), s.code(), s.title());
            sectionIds.put(s.id(), copy.id());
            return copy;
        }).toList();
        return plan.toBuilder()
                .id(Ids.newId())
                .organisations(plan.organisations().stream()
                        .map(o -> new Organisation(Ids.newId(), o.name(), o.shortName(), o.statutoryRole())).toList())
                .officers(plan.officers().stream().map(o -> new Officer(Ids.newId(), o.name(), o.organisation())).toList())
                .strategicSections(sections)
                .themes(plan.themes().stream().map(t -> new Theme(Ids.newId(), t.code(), t.title(), t.description(),
                        t.narrative(), t.actions().stream().map(a -> copy(a, sectionIds)).toList())).toList())
                .build();
    }

    private static Action copy(Action a, Map<UUID, UUID> sectionIds) {
        return a.toBuilder()
                .id(Ids.newId())
                .lineageId(a.lineageId())
                .sectionId(a.sectionId() == null ? null : sectionIds.get(a.sectionId()))
                .milestones(a.milestones().stream().map(m -> new Milestone(Ids.newId(), m.code(), m.text(), m.lead(),
                        m.target(), m.due(), m.status(), m.rag(), m.progress())).toList())
                .targets(a.targets().stream().map(t -> new Target(Ids.newId(), t.description(), t.unit(), t.polarity(),
                        t.baseline(), t.baselinePeriod(), t.target(), t.targetMax(), t.amberTolerance(),
                        t.actuals().stream().map(v -> new Actual(v.period(), v.value())).toList())).toList())
                .updates(a.updates().stream().map(u -> new Update(Ids.newId(), u.period(), u.date(), u.author(),
                        u.organisation(), u.text(), u.rag(), u.source())).toList())
                .build();
    }
}
