package org.cspplanner.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One commitment of the plan ("1.2.3 Support identified high-risk victims of ASB"), with who leads it,
 * when it is due, its milestones, targets and the history of its quarterly updates.
 * The lineage id stays the same when the action is carried over into later years.
 */
public record Action(UUID id, UUID lineageId, String code, String title, String description, String outcome,
                     List<Lead> leads, List<String> partners, String barriers, DueDate start, DueDate due,
                     ActionStatus status, Rag rag, UUID sectionId, List<String> tags,
                     List<Milestone> milestones, List<Target> targets, List<Update> updates) {

    public Action {
        id = id == null ? Ids.newId() : id;
        lineageId = lineageId == null ? id : lineageId;
        code = Text.clean(code);
        title = Text.cleanMultiline(title);
        description = Text.cleanMultiline(description);
        outcome = Text.cleanMultiline(outcome);
        leads = Text.list(leads);
        partners = Text.list(partners).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        barriers = Text.cleanMultiline(barriers);
        status = status == null ? ActionStatus.NOT_STARTED : status;
        tags = Text.list(tags).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        milestones = Text.list(milestones);
        targets = Text.list(targets);
        updates = Text.list(updates).stream()
                .sorted(Comparator.comparing(Update::period).thenComparing(Update::date))
                .toList();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("An action needs a title" + (code.isEmpty() ? "" : " (" + code + ")"));
        }
    }

    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** "Police, Rob Mitchell FDC". */
    public String leadsDisplay() {
        return String.join(", ", leads.stream().map(Lead::display).toList());
    }

    /** The newest update in the period, if any. */
    public Optional<Update> updateFor(ReportingPeriod period) {
        Update found = null;
        for (Update u : updates) {
            if (u.period().equals(period)) {
                found = u;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The newest update in or before the period. */
    public Optional<Update> latestUpdate(ReportingPeriod upTo) {
        Update found = null;
        for (Update u : updates) {
            if (u.period().compareTo(upTo) <= 0) {
                found = u;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Update> latestUpdate() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
    }

    /** The RAG reported for a period: that period's update's rating. */
    public Optional<Rag> ragFor(ReportingPeriod period) {
        return updateFor(period).map(Update::rag);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && due != null && due.latestDay().isBefore(today);
    }

    public Action withCode(String newCode) {
        return toBuilder().code(newCode).build();
    }

    public Action withStatus(ActionStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    public Action withRag(Rag newRag) {
        return toBuilder().rag(newRag).build();
    }

    /** Appends an update; the action's current RAG follows the newest update that carries one. */
    public Action withUpdateAdded(Update update) {
        List<Update> all = new ArrayList<>(updates);
        all.add(update);
        Builder b = toBuilder().updates(all);
        Action next = b.build();
        boolean newest = next.latestUpdate().map(u -> u.id().equals(update.id())).orElse(false);
        if (newest && update.rag() != null) {
            return next.withRag(update.rag());
        }
        return next;
    }

    /** Fluent construction and copy-with-changes. */
    public static final class Builder {
        private UUID id;
        private UUID lineageId;
        private String code = "";
        private String title = "";
        private String description = "";
        private String outcome = "";
        private List<Lead> leads = List.of();
        private List<String> partners = List.of();
        private String barriers = "";
        private DueDate start;
        private DueDate due;
        private ActionStatus status = ActionStatus.NOT_STARTED;
        private Rag rag;
        private UUID sectionId;
        private List<String> tags = List.of();
        private List<Milestone> milestones = List.of();
        private List<Target> targets = List.of();
        private List<Update> updates = List.of();

        private Builder() {
        }

        private Builder(Action a) {
            id = a.id;
            lineageId = a.lineageId;
            code = a.code;
            title = a.title;
            description = a.description;
            outcome = a.outcome;
            leads = a.leads;
            partners = a.partners;
            barriers = a.barriers;
            start = a.start;
            due = a.due;
            status = a.status;
            rag = a.rag;
            sectionId = a.sectionId;
            tags = a.tags;
            milestones = a.milestones;
            targets = a.targets;
            updates = a.updates;
        }

        public Builder id(UUID v) { id = v; return this; }
        public Builder lineageId(UUID v) { lineageId = v; return this; }
        public Builder code(String v) { code = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder outcome(String v) { outcome = v; return this; }
        public Builder leads(List<Lead> v) { leads = v; return this; }
        public Builder partners(List<String> v) { partners = v; return this; }
        public Builder barriers(String v) { barriers = v; return this; }
        public Builder start(DueDate v) { start = v; return this; }
        public Builder due(DueDate v) { due = v; return this; }
        public Builder status(ActionStatus v) { status = v; return this; }
        public Builder rag(Rag v) { rag = v; return this; }
        public Builder sectionId(UUID v) { sectionId = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder milestones(List<Milestone> v) { milestones = v; return this; }
        public Builder targets(List<Target> v) { targets = v; return this; }
        public Builder updates(List<Update> v) { updates = v; return this; }

        public Action build() {
            return new Action(id, lineageId, code, title, description, outcome, leads, partners, barriers, start, due,
                    status, rag, sectionId, tags, milestones, targets, updates);
        }
    }
}
